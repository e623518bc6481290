import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { Theme } from "@/lib/questionnaires/schema";
import type { QuestionnaireScore } from "@/lib/scoring/score";
import type { Subject } from "./access";
import type { SnapshotAnswer } from "./model";

export type Snapshot = {
  id: string;
  evaluationId: string;
  version: string;
  validatedAt: Date;
  validatedBy: string;
  score: number | null;
  compliant: boolean;
  result: QuestionnaireScore;
  answers: Record<string, SnapshotAnswer>;
};

type Row = Omit<Snapshot, "validatedAt" | "score"> & { validatedAt: Date | string; score: number | string | null };

/**
 * Every validated snapshot of a subject (a product's theme, or the company strategy), newest
 * first, across questionnaire versions: history and year-over-year comparison follow the
 * subject, not one evaluation row. The caller has checked the user's right on the subject.
 */
export async function subjectSnapshots(db: Executor, subject: Subject, withContent = true): Promise<Snapshot[]> {
  const content = withContent ? sql`s.result, s.answers` : sql`'{}'::jsonb as result, '{}'::jsonb as answers`;
  const rows = await queryRows<Row>(
    db,
    sql`select s.id, s.evaluation_id as "evaluationId", s.questionnaire_version as "version", s.validated_at as "validatedAt",
        trim(u.first_name || ' ' || u.last_name) as "validatedBy", s.score, s.compliant, ${content}
      from evaluation_snapshots s join users u on u.id = s.validated_by_id
      where s.company_id = ${subject.companyId} and s.theme = ${subject.theme}
        and ${subject.productId ? sql`s.product_id = ${subject.productId}` : sql`s.product_id is null`}
      order by s.validated_at desc, s.id desc`,
  );
  return rows.map((r) => ({ ...r, validatedAt: new Date(r.validatedAt), score: r.score === null ? null : Number(r.score) }));
}

/** A theme average is shown only when this many distinct companies contribute to it. */
export const MIN_CONTRIBUTING_COMPANIES = 5;

export type NationalAverage = { average: number; companies: number; evaluations: number };

/**
 * The national average score per theme, over the latest validated snapshot of every subject
 * (product and theme, or company strategy) of every company. Themes with fewer than
 * MIN_CONTRIBUTING_COMPANIES contributing companies are left out, so that no average can be
 * traced back to one company. Aggregates only: no company's data leaves this function.
 */
export async function nationalAverages(db: Executor): Promise<Partial<Record<Theme, NationalAverage>>> {
  const rows = await queryRows<{ theme: Theme; average: number | string; companies: number | string; evaluations: number | string }>(
    db,
    sql`with latest as (
        select distinct on (s.company_id, coalesce(s.product_id, '00000000-0000-0000-0000-000000000000'::uuid), s.theme)
          s.company_id, s.theme, s.score
        from evaluation_snapshots s
        order by s.company_id, coalesce(s.product_id, '00000000-0000-0000-0000-000000000000'::uuid), s.theme, s.validated_at desc, s.id desc
      )
      select theme, avg(score) as average, count(distinct company_id) as companies, count(*) as evaluations
      from latest where score is not null
      group by theme
      having count(distinct company_id) >= ${MIN_CONTRIBUTING_COMPANIES}`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.theme, { average: Number(r.average), companies: Number(r.companies), evaluations: Number(r.evaluations) }]),
  );
}

/** The latest validated score of each theme of a product (themes never validated are absent). */
export async function latestProductScores(
  db: Executor,
  companyId: string,
  productId: string,
): Promise<Partial<Record<Theme, number | null>>> {
  const rows = await queryRows<{ theme: Theme; score: number | string | null }>(
    db,
    sql`select distinct on (s.theme) s.theme, s.score from evaluation_snapshots s
      where s.company_id = ${companyId} and s.product_id = ${productId}
      order by s.theme, s.validated_at desc, s.id desc`,
  );
  return Object.fromEntries(rows.map((r) => [r.theme, r.score === null ? null : Number(r.score)]));
}
