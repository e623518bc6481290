import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { grants, products, users } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import type { Level } from "@/lib/rights/rights";
import { likePattern, parseFilter, parseTableQuery, type TableQuery } from "@/lib/tables/query";
import { teamPermissions, teamRights, type TeamPermissions } from "./access";
import { isUuid } from "./schema";

export const MEMBER_SORTS = ["name", "role", "status", "lastLogin"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MEMBER_STATUSES = ["invited", "active", "disabled"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_ROLES = ["responsable", "contributor"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type MemberQuery = TableQuery<MemberSort> & { status: MemberStatus | ""; role: MemberRole | "" };

export function parseMemberQuery(params: Record<string, string | string[] | undefined>): MemberQuery {
  return {
    ...parseTableQuery(params, { sortable: MEMBER_SORTS, defaultSort: "name" }),
    status: parseFilter(params, "status", MEMBER_STATUSES),
    role: parseFilter(params, "role", MEMBER_ROLES),
  };
}

/** A member's rights in a few figures, for the team table; the Responsable holds them all. */
export type RightsSummary =
  | { responsable: true }
  | {
      responsable: false;
      createUsers: boolean;
      createProducts: boolean;
      draftProducts: number;
      validateProducts: number;
      strategy: Level | null;
    };

export type Member = {
  id: string;
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  companyRole: MemberRole;
  status: MemberStatus;
  lastLoginAt: Date | null;
  rights: RightsSummary;
};

const memberColumns = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  username: users.username,
  email: users.email,
  companyRole: users.companyRole,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
};

function orderBy(query: MemberQuery): SQL[] {
  const dir = query.dir === "desc" ? desc : asc;
  const byName = [dir(users.lastName), dir(users.firstName), asc(users.id)];
  switch (query.sort) {
    case "role":
      return [dir(users.companyRole), ...byName];
    case "status":
      return [dir(users.status), ...byName];
    case "lastLogin":
      // Never signed in sorts last either way: it is the least useful row.
      return [query.dir === "desc" ? sql`${users.lastLoginAt} desc nulls last` : sql`${users.lastLoginAt} asc nulls last`, ...byName];
    default:
      return byName;
  }
}

/** Summaries for the given users, counting grants on active products only (what the matrix shows). */
async function summaries(
  db: Executor,
  companyId: string,
  rows: { id: string; companyRole: MemberRole | null }[],
): Promise<Map<string, RightsSummary>> {
  const ids = rows.filter((r) => r.companyRole === "contributor").map((r) => r.id);
  const found = ids.length
    ? await db
        .select({ userId: grants.userId, kind: grants.kind, level: grants.level, productStatus: products.status })
        .from(grants)
        .leftJoin(products, eq(products.id, grants.productId))
        .where(and(eq(grants.companyId, companyId), inArray(grants.userId, ids)))
    : [];
  const out = new Map<string, RightsSummary>();
  for (const r of rows) {
    if (r.companyRole === "responsable") out.set(r.id, { responsable: true });
    else
      out.set(r.id, {
        responsable: false,
        createUsers: false,
        createProducts: false,
        draftProducts: 0,
        validateProducts: 0,
        strategy: null,
      });
  }
  for (const g of found) {
    const s = out.get(g.userId);
    if (!s || s.responsable) continue;
    if (g.kind === "create_users") s.createUsers = true;
    else if (g.kind === "create_products") s.createProducts = true;
    else if (g.kind === "strategy") s.strategy = g.level;
    else if (g.kind === "product" && g.productStatus === "active") {
      if (g.level === "validate") s.validateProducts++;
      else s.draftProducts++;
    }
  }
  return out;
}

/** The company's members, one page of them, for any member of the company. */
export async function listMembers(
  db: Executor,
  user: AppUser | null,
  query: MemberQuery,
): Promise<{ rows: Member[]; total: number; permissions: TeamPermissions }> {
  const rights = await teamRights(db, user);
  const pattern = query.q ? likePattern(query.q) : null;
  const where = and(
    eq(users.companyId, rights.companyId),
    pattern
      ? or(
          ilike(users.firstName, pattern),
          ilike(users.lastName, pattern),
          ilike(users.username, pattern),
          ilike(users.email, pattern),
          ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, pattern),
        )
      : undefined,
    query.status ? eq(users.status, query.status) : undefined,
    query.role ? eq(users.companyRole, query.role) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(memberColumns)
      .from(users)
      .where(where)
      .orderBy(...orderBy(query))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
    db.select({ total: count() }).from(users).where(where),
  ]);
  const rightsOf = await summaries(db, rights.companyId, rows);
  return {
    rows: rows.map((r) => ({ ...r, companyRole: r.companyRole ?? "contributor", rights: rightsOf.get(r.id)! })),
    total,
    permissions: teamPermissions(rights),
  };
}

/** One member of the user's company; a user of another company is "not found". */
export async function getMember(
  db: Executor,
  user: AppUser | null,
  memberId: string,
): Promise<{ member: Member; permissions: TeamPermissions; isSelf: boolean }> {
  const rights = await teamRights(db, user);
  if (!isUuid(memberId)) throw new NotFoundError("user");
  const [row] = await db
    .select(memberColumns)
    .from(users)
    .where(and(eq(users.id, memberId), eq(users.companyId, rights.companyId)));
  if (!row) throw new NotFoundError("user");
  const rightsOf = await summaries(db, rights.companyId, [row]);
  return {
    member: { ...row, companyRole: row.companyRole ?? "contributor", rights: rightsOf.get(row.id)! },
    permissions: teamPermissions(rights),
    isSelf: row.id === rights.userId,
  };
}
