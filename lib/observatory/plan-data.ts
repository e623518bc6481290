import { sql } from "drizzle-orm";
import { getDb, queryRows } from "@/db/client";
import type { PlanObservation } from "./types";

/**
 * Each active product's latest validated plan, one observation per theme it plans: only the
 * curve's quarters and compliance leave the database (never a line, a note or an owner).
 */
export async function loadPlanObservations(): Promise<PlanObservation[]> {
  return queryRows<PlanObservation>(
    getDb(),
    sql`with latest as (
      select distinct on (s.product_id) s.product_id, s.company_id, s.content, s.validated_at
      from plan_snapshots s
      where s.product_id is not null
      order by s.product_id, s.validated_at desc, s.id desc
    )
    select l.company_id as "companyId", l.product_id as "productId", t ->> 'theme' as theme, t ->> 'version' as version,
      p.kind, p.device, p.os, p.in_catalogue as listed,
      to_char(l.validated_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as "validatedOn",
      coalesce((select jsonb_agg(jsonb_build_object('quarter', c ->> 'quarter', 'compliant', (c ->> 'compliant')::boolean)
        order by c ->> 'quarter') from jsonb_array_elements(t -> 'curve') c), '[]'::jsonb) as curve
    from latest l
    join products p on p.id = l.product_id
    cross join lateral jsonb_array_elements(l.content -> 'themes') t
    where p.status = 'active' and t ->> 'theme' in ('interoperability', 'security', 'urbanisation')`,
  );
}
