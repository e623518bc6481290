import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import { loadRights } from "@/lib/rights/rights";
import { checkSubjectAccess, type Subject } from "./access";

export type Validator = { name: string; role: "responsable" | "contributor" };

/**
 * Who may validate an evaluation's subject, so that a draft-only contributor is told whom
 * to ask: the company's active Responsable and the active contributors holding the
 * validate right on the product (or on the strategy questionnaire). Needs the draft right.
 */
export async function listValidators(db: Executor, user: AppUser, subject: Subject): Promise<Validator[]> {
  checkSubjectAccess(await loadRights(db, user), subject, "draft");
  const grant = subject.productId ? sql`g.kind = 'product' and g.product_id = ${subject.productId}` : sql`g.kind = 'strategy'`;
  return queryRows<Validator>(
    db,
    sql`select trim(u.first_name || ' ' || u.last_name) as name, u.company_role as role
        from users u
        where u.company_id = ${subject.companyId} and u.status = 'active'
          and (u.company_role = 'responsable'
               or exists (select 1 from grants g where g.user_id = u.id and g.company_id = u.company_id and g.level = 'validate' and ${grant}))
        order by (u.company_role = 'responsable') desc, u.last_name, u.first_name`,
  );
}
