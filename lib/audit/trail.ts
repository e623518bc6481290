import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { auditEvents, companies, evaluations, products, users } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { likePattern, parseTableQuery, type TableQuery } from "@/lib/tables/query";
import { assertCanReadAudit } from "./access";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";

export const TRAIL_SORTS = ["at"] as const;
export type TrailSort = (typeof TRAIL_SORTS)[number];

/** The viewer's filters; `q` of the table query searches people (actor or person concerned). */
export type TrailFilters = { company: string; action: AuditAction | ""; from: string; to: string };

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const filtersSchema = z.object({
  company: z.string().trim().max(200).catch(""),
  action: z.enum(AUDIT_ACTIONS).or(z.literal("")).catch(""),
  from: day.or(z.literal("")).catch(""),
  to: day.or(z.literal("")).catch(""),
});

/** The trail's state from the URL: newest first, bad values fall back to "no filter". */
export function parseTrailQuery(params: Record<string, string | string[] | undefined>): {
  query: TableQuery<TrailSort>;
  filters: TrailFilters;
} {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k][0] : params[k]) ?? "";
  const query = parseTableQuery(params, { sortable: TRAIL_SORTS, defaultSort: "at", defaultDir: "desc", defaultSize: 50 });
  const filters = filtersSchema.parse({ company: one("company"), action: one("action"), from: one("from"), to: one("to") });
  return { query, filters };
}

export type TrailEvent = {
  id: number;
  at: Date;
  action: string;
  actorLabel: string;
  actorName: string | null;
  actorUsername: string | null;
  targetName: string | null;
  targetUsername: string | null;
  companyName: string | null;
  companySiren: string | null;
  productName: string | null;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  data: Record<string, unknown>;
};

const actor = alias(users, "actor");
const target = alias(users, "target");
const evaluation = alias(evaluations, "evaluation");

// The person an event concerns: the user it is about, or the new Responsable of a transfer.
const targetId = sql`case when ${auditEvents.entityType} = 'user' then ${auditEvents.entityId}::uuid when ${auditEvents.action} = 'team.responsable_transferred' then (${auditEvents.data} ->> 'toUserId')::uuid end`;
const productId = sql`case when ${auditEvents.entityType} = 'product' then ${auditEvents.entityId}::uuid end`;
const evaluationId = sql`case when ${auditEvents.entityType} = 'evaluation' then ${auditEvents.entityId}::uuid end`;

function conditions(query: TableQuery<TrailSort>, filters: TrailFilters): SQL | undefined {
  const where: SQL[] = [];
  if (filters.action) where.push(eq(auditEvents.action, filters.action));
  // Days are Paris days: the period "1 to 3 December" ends at midnight in Paris on the 4th.
  if (filters.from) where.push(gte(auditEvents.at, sql`(${filters.from}::date)::timestamp at time zone 'Europe/Paris'`));
  if (filters.to) where.push(lt(auditEvents.at, sql`(${filters.to}::date + 1)::timestamp at time zone 'Europe/Paris'`));
  if (filters.company) {
    const p = likePattern(filters.company);
    where.push(or(ilike(companies.legalName, p), eq(companies.siren, filters.company.replace(/\s/g, "")))!);
  }
  if (query.q) {
    const p = likePattern(query.q);
    const person = (u: { username: AnyPgColumn; email: AnyPgColumn; firstName: AnyPgColumn; lastName: AnyPgColumn }) => [
      ilike(u.username, p),
      ilike(u.email, p),
      ilike(sql`${u.firstName} || ' ' || ${u.lastName}`, p),
    ];
    where.push(or(ilike(auditEvents.actorLabel, p), ...person(actor), ...person(target))!);
  }
  return where.length ? and(...where) : undefined;
}

function selection() {
  return getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorLabel: auditEvents.actorLabel,
      actorName: sql<string | null>`${actor.firstName} || ' ' || ${actor.lastName}`,
      actorUsername: actor.username,
      targetName: sql<string | null>`${target.firstName} || ' ' || ${target.lastName}`,
      targetUsername: target.username,
      companyName: companies.legalName,
      companySiren: companies.siren,
      productName: sql<string | null>`coalesce(${products.name}, ${auditEvents.data} ->> 'name')`,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      ip: auditEvents.ip,
      data: auditEvents.data,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(target, eq(target.id, targetId))
    .leftJoin(companies, eq(companies.id, auditEvents.companyId))
    .leftJoin(evaluation, eq(evaluation.id, evaluationId))
    .leftJoin(products, eq(products.id, sql`coalesce(${productId}, ${evaluation.productId})`));
}

/** A page of the audit trail, filtered, sorted and paginated by the database. */
export async function listAuditEvents(
  user: AppUser | null,
  query: TableQuery<TrailSort>,
  filters: TrailFilters,
): Promise<{ rows: TrailEvent[]; total: number }> {
  assertCanReadAudit(user);
  const where = conditions(query, filters);
  const order = query.dir === "asc" ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    selection()
      .where(where)
      .orderBy(order(auditEvents.at), order(auditEvents.id))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
    getDb()
      .select({ total: count() })
      .from(auditEvents)
      .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
      .leftJoin(target, eq(target.id, targetId))
      .leftJoin(companies, eq(companies.id, auditEvents.companyId))
      .where(where),
  ]);
  return { rows, total };
}

/** Exports are capped: a larger trail is narrowed with the filters first. */
export const EXPORT_LIMIT = 50_000;

/** Every event matching the filters (up to EXPORT_LIMIT), for the CSV export. */
export async function exportAuditEvents(user: AppUser | null, query: TableQuery<TrailSort>, filters: TrailFilters): Promise<TrailEvent[]> {
  assertCanReadAudit(user);
  const order = query.dir === "asc" ? asc : desc;
  return selection().where(conditions(query, filters)).orderBy(order(auditEvents.at), order(auditEvents.id)).limit(EXPORT_LIMIT);
}
