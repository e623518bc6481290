import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { Theme } from "@/lib/questionnaires/schema";

export type CurrentEvaluation = {
  id: string;
  productId: string | null;
  theme: Theme;
  version: string;
  status: "draft" | "validated";
  /** The latest validated score of the subject (any version), null if never validated or nothing counted. */
  score: number | null;
  validatedOnce: boolean;
};

/**
 * The evaluations being worked on (not replaced by a newer version) of a company, for some of
 * its products or all of them, with each subject's latest validated score. One query; the
 * caller has checked the user's rights on what it asks for.
 */
export async function currentEvaluations(db: Executor, companyId: string, of: string[] | "strategy" | "all"): Promise<CurrentEvaluation[]> {
  if (Array.isArray(of) && of.length === 0) return [];
  const productFilter =
    of === "all"
      ? sql``
      : of === "strategy"
        ? sql`and e.product_id is null`
        : sql`and e.product_id in (${sql.join(
            of.map((id) => sql`${id}`),
            sql`, `,
          )})`;
  const rows = await queryRows<Omit<CurrentEvaluation, "score"> & { score: number | string | null }>(
    db,
    sql`select e.id, e.product_id as "productId", e.theme, e.questionnaire_version as "version", e.status, last.score,
        (last.id is not null) as "validatedOnce"
      from evaluations e
      left join lateral (
        select s.id, s.score from evaluation_snapshots s
        where s.company_id = e.company_id and s.theme = e.theme and s.product_id is not distinct from e.product_id
        order by s.validated_at desc, s.id desc limit 1
      ) last on true
      where e.company_id = ${companyId} ${productFilter}
        and not exists (select 1 from evaluations n where n.upgraded_from_id = e.id)`,
  );
  return rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score), validatedOnce: Boolean(r.validatedOnce) }));
}
