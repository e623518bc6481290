import { and, asc, count, eq, ilike, inArray, or } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { grants, products, users } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import type { Level } from "@/lib/rights/rights";
import { actorOf, assertTeamManager } from "./access";
import { likePattern } from "@/lib/tables/query";
import { activeCompanyProducts, PRODUCT_ORDER, type MatrixProduct } from "./company-products";
import { isUuid, type GrantCell, type MatrixEntry } from "./schema";

export type MatrixContributor = {
  id: string;
  firstName: string;
  lastName: string;
  username: string;
  status: "invited" | "active" | "disabled";
  createUsers: boolean;
  createProducts: boolean;
  strategy: Level | null;
  products: Record<string, Level>;
};

/** The rights matrix (contributors × active products), for the Responsable only. */
export async function readRightsMatrix(
  db: Executor,
  user: AppUser | null,
): Promise<{ products: MatrixProduct[]; contributors: MatrixContributor[] }> {
  const rights = await assertTeamManager(db, user);
  const [productRows, people, rows] = await Promise.all([
    activeCompanyProducts(db, rights.companyId),
    db
      .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, username: users.username, status: users.status })
      .from(users)
      .where(and(eq(users.companyId, rights.companyId), eq(users.companyRole, "contributor")))
      .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id)),
    db.select().from(grants).where(eq(grants.companyId, rights.companyId)),
  ]);
  const byId = new Map<string, MatrixContributor>(
    people.map((p) => [p.id, { ...p, createUsers: false, createProducts: false, strategy: null, products: {} }]),
  );
  for (const g of rows) {
    const c = byId.get(g.userId);
    if (!c) continue;
    if (g.kind === "create_users") c.createUsers = true;
    else if (g.kind === "create_products") c.createProducts = true;
    else if (g.kind === "strategy") c.strategy = g.level;
    else if (g.kind === "product" && g.productId && g.level) c.products[g.productId] = g.level;
  }
  return { products: productRows, contributors: [...byId.values()] };
}

type Desired = {
  kind: "create_users" | "create_products" | "strategy" | "product";
  productId: string | null;
  level: Level | null;
  present: boolean;
};

function desiredOf(cell: GrantCell): Desired {
  switch (cell.kind) {
    case "create_users":
    case "create_products":
      return { kind: cell.kind, productId: null, level: null, present: cell.enabled };
    case "strategy":
      return { kind: "strategy", productId: null, level: cell.level, present: cell.level !== null };
    case "product":
      return { kind: "product", productId: cell.productId, level: cell.level, present: cell.level !== null };
  }
}

const keyOf = (userId: string, kind: string, productId: string | null) => `${userId}|${kind}|${productId ?? ""}`;

/**
 * Applies rights to contributors of the Responsable's company, in one transaction, with an
 * audit event per change. Only the Responsable grants: a contributor never does, whatever
 * their own rights (decision 0007). Cells naming a product of another company are "not
 * found"; granting on an archived product is refused; revoking works on any product.
 * Returns how many grants changed.
 */
export async function saveRights(
  db: Db,
  user: AppUser | null,
  entries: MatrixEntry[],
  meta: RequestMeta = {},
): Promise<{ changed: number }> {
  return db.transaction(async (tx) => {
    const rights = await assertTeamManager(tx, user);
    const userIds = [...new Set(entries.map((e) => e.userId))];
    if (userIds.length === 0) return { changed: 0 };
    if (!userIds.every(isUuid)) throw new NotFoundError("user");
    // Locking the contributors serialises two saves of the same rows.
    const people = await tx
      .select({ id: users.id, username: users.username, companyRole: users.companyRole })
      .from(users)
      .where(and(inArray(users.id, userIds), eq(users.companyId, rights.companyId)))
      .for("update");
    if (people.length !== userIds.length) throw new NotFoundError("user");
    if (people.some((p) => p.companyRole !== "contributor")) throw new ActionError("team.errors.notAContributor");

    const productIds = [...new Set(entries.flatMap((e) => e.cells.flatMap((c) => (c.kind === "product" ? [c.productId] : []))))];
    if (!productIds.every(isUuid)) throw new NotFoundError("product");
    const productRows = productIds.length
      ? await tx
          .select({ id: products.id, status: products.status })
          .from(products)
          .where(and(inArray(products.id, productIds), eq(products.companyId, rights.companyId)))
      : [];
    if (productRows.length !== productIds.length) throw new NotFoundError("product");
    const archived = new Set(productRows.filter((p) => p.status !== "active").map((p) => p.id));

    const existing = new Map(
      (await tx.select().from(grants).where(inArray(grants.userId, userIds))).map((g) => [keyOf(g.userId, g.kind, g.productId), g]),
    );
    const username = new Map(people.map((p) => [p.id, p.username]));
    let changed = 0;
    for (const entry of entries) {
      for (const cell of entry.cells) {
        const want = desiredOf(cell);
        const have = existing.get(keyOf(entry.userId, want.kind, want.productId));
        if (!want.present && !have) continue;
        if (want.present && have && have.level === want.level) continue;
        if (want.present && want.productId && archived.has(want.productId)) throw new ActionError("team.errors.productArchived");
        if (!want.present) await tx.delete(grants).where(eq(grants.id, have!.id));
        else if (have) await tx.update(grants).set({ level: want.level, grantedById: rights.userId }).where(eq(grants.id, have.id));
        else
          await tx.insert(grants).values({
            userId: entry.userId,
            companyId: rights.companyId,
            kind: want.kind,
            productId: want.productId,
            level: want.level,
            grantedById: rights.userId,
          });
        changed++;
        await recordAudit(tx, {
          actor: actorOf(user!),
          action: want.present ? "team.grant_set" : "team.grant_revoked",
          entityType: "user",
          entityId: entry.userId,
          companyId: rights.companyId,
          data: {
            username: username.get(entry.userId),
            kind: want.kind,
            productId: want.productId,
            from: have ? (have.level ?? "granted") : null,
            to: want.present ? (want.level ?? "granted") : null,
          },
          meta,
        });
      }
    }
    return { changed };
  });
}

/** One cell of the matrix: the same checks and audit as a whole save. */
export async function setGrant(db: Db, user: AppUser | null, contributorId: string, cell: GrantCell, meta: RequestMeta = {}) {
  return saveRights(db, user, [{ userId: contributorId, cells: [cell] }], meta);
}

/** How many products the per-contributor page lists at once; a search narrows the rest. */
export const MEMBER_RIGHTS_PAGE = 50;

export type MemberRights = {
  contributor: MatrixContributor;
  /** Active products matching the search, in label order, at most MEMBER_RIGHTS_PAGE. */
  products: MatrixProduct[];
  /** How many active products match the search in all. */
  matching: number;
  /** How many active products the company has. */
  total: number;
};

/**
 * One contributor's rights, for the Responsable only: capabilities, strategy and the active
 * products matching `q` (name, version or commercial name; searched in the database, so
 * the page stays light with hundreds of products). A member of another company, the
 * Responsable or an unknown id is "not found".
 */
export async function readMemberRights(db: Executor, user: AppUser | null, memberId: string, q = ""): Promise<MemberRights> {
  const rights = await assertTeamManager(db, user);
  if (!isUuid(memberId)) throw new NotFoundError("member");
  const [person] = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, username: users.username, status: users.status })
    .from(users)
    .where(and(eq(users.id, memberId), eq(users.companyId, rights.companyId), eq(users.companyRole, "contributor")));
  if (!person) throw new NotFoundError("member");
  const active = and(eq(products.companyId, rights.companyId), eq(products.status, "active"));
  const pattern = likePattern(q.trim());
  const search = q.trim()
    ? and(active, or(ilike(products.name, pattern), ilike(products.version, pattern), ilike(products.commercialName, pattern)))
    : active;
  const [rows, [{ matching }], [{ total }], grantRows] = await Promise.all([
    db
      .select({
        id: products.id,
        name: products.name,
        version: products.version,
        os: products.os,
        device: products.device,
        kind: products.kind,
      })
      .from(products)
      .where(search)
      .orderBy(...PRODUCT_ORDER)
      .limit(MEMBER_RIGHTS_PAGE),
    db.select({ matching: count() }).from(products).where(search),
    db.select({ total: count() }).from(products).where(active),
    db
      .select()
      .from(grants)
      .where(and(eq(grants.companyId, rights.companyId), eq(grants.userId, memberId))),
  ]);
  const contributor: MatrixContributor = { ...person, createUsers: false, createProducts: false, strategy: null, products: {} };
  for (const g of grantRows) {
    if (g.kind === "create_users") contributor.createUsers = true;
    else if (g.kind === "create_products") contributor.createProducts = true;
    else if (g.kind === "strategy") contributor.strategy = g.level;
    else if (g.kind === "product" && g.productId && g.level) contributor.products[g.productId] = g.level;
  }
  return { contributor, products: rows, matching: Number(matching), total: Number(total) };
}
