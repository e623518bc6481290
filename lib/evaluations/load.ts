import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { latestVersion } from "@/lib/questionnaires/load";
import { compareVersions, type Questionnaire, type Theme } from "@/lib/questionnaires/schema";
import { loadRights, meets, type Level } from "@/lib/rights/rights";
import { checkSubjectAccess, evaluationIdOrNotFound, questionnaireOf } from "./access";
import { ANSWER_JOINS, ANSWER_JSON, toStoredAnswers } from "./answers-repo";
import type { StoredAnswer, StoredAnswers } from "./model";

export type ProductRef = { id: string; name: string; version: string; os: string; device: string; status: "active" | "archived" };

export type EvaluationView = {
  id: string;
  companyId: string;
  theme: Theme;
  version: string;
  status: "draft" | "validated";
  revision: number;
  validatedAt: Date | null;
  validatedBy: string | null;
  upgradedFromId: string | null;
  product: ProductRef | null;
  answers: StoredAnswers;
  /** The item the user was last on, to reopen the page there. */
  position: string | null;
  level: Level;
  /** A newer published version this evaluation could move to. */
  newerVersion: string | null;
  /** The evaluation that replaced this one on a newer version. */
  supersededById: string | null;
  can: { edit: boolean; validate: boolean; reopen: boolean; upgrade: boolean };
  questionnaire: Questionnaire;
};

type Row = {
  id: string;
  companyId: string;
  productId: string | null;
  theme: Theme;
  version: string;
  status: "draft" | "validated";
  revision: number;
  validatedAt: Date | string | null;
  validatedBy: string | null;
  upgradedFromId: string | null;
  productName: string | null;
  productVersion: string | null;
  productOs: string | null;
  productDevice: string | null;
  productStatus: "active" | "archived" | null;
  supersededById: string | null;
  answers: StoredAnswer[] | null;
  position: string | null;
};

/**
 * Everything the answering page needs in one query (the evaluation, its product, its answers
 * with their authors, the user's last position) plus the user's rights; the questionnaire
 * comes from the in-memory cache. Reading needs the draft right on the subject.
 */
export async function getEvaluation(db: Executor, user: AppUser, id: string, withAnswers = true): Promise<EvaluationView> {
  evaluationIdOrNotFound(id);
  const answersSql = withAnswers
    ? sql`(select coalesce(json_agg(${ANSWER_JSON}), '[]'::json) from answers a ${ANSWER_JOINS} where a.evaluation_id = e.id)`
    : sql`'[]'::json`;
  const [rows, rights] = await Promise.all([
    queryRows<Row>(
      db,
      sql`select e.id, e.company_id as "companyId", e.product_id as "productId", e.theme, e.questionnaire_version as "version",
          e.status, e.revision, e.validated_at as "validatedAt", e.upgraded_from_id as "upgradedFromId",
          nullif(trim(coalesce(vu.first_name, '') || ' ' || coalesce(vu.last_name, '')), '') as "validatedBy",
          p.name as "productName", p.version as "productVersion", p.os as "productOs", p.device as "productDevice", p.status as "productStatus",
          (select n.id from evaluations n where n.upgraded_from_id = e.id limit 1) as "supersededById",
          ${answersSql} as answers,
          (select ep.item_id from evaluation_positions ep where ep.evaluation_id = e.id and ep.user_id = ${user.id}) as position
        from evaluations e
        left join products p on p.id = e.product_id
        left join users vu on vu.id = e.validated_by_id
        where e.id = ${id}`,
    ),
    loadRights(db, user),
  ]);
  const row = rows[0];
  if (!row) throw new NotFoundError("evaluation");
  const level = checkSubjectAccess(rights, row, "draft");

  const latest = latestVersion(row.theme);
  const newerVersion = latest && compareVersions(latest, row.version) > 0 && !row.supersededById ? latest : null;
  const open = !row.supersededById && row.productStatus !== "archived";
  const product: ProductRef | null = row.productId
    ? {
        id: row.productId,
        name: row.productName!,
        version: row.productVersion!,
        os: row.productOs!,
        device: row.productDevice!,
        status: row.productStatus!,
      }
    : null;
  return {
    id: row.id,
    companyId: row.companyId,
    theme: row.theme,
    version: row.version,
    status: row.status,
    revision: Number(row.revision),
    validatedAt: row.validatedAt ? new Date(row.validatedAt) : null,
    validatedBy: row.validatedBy,
    upgradedFromId: row.upgradedFromId,
    product,
    answers: toStoredAnswers(row.answers),
    position: row.position,
    level,
    newerVersion,
    supersededById: row.supersededById,
    can: {
      edit: open && row.status === "draft",
      validate: open && row.status === "draft" && meets(level, "validate"),
      reopen: open && row.status === "validated",
      upgrade: open && newerVersion !== null,
    },
    questionnaire: questionnaireOf(row),
  };
}
