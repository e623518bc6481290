import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { grants, products } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";

export type Level = "draft" | "validate";
export type Capability = "create_users" | "create_products";

/** A company user's rights, read fresh from the database on each request. */
export type Rights = {
  userId: string;
  companyId: string;
  isResponsable: boolean;
  capabilities: ReadonlySet<Capability>;
  products: ReadonlyMap<string, Level>;
  strategy: Level | null;
};

/** Loads the acting user's rights; agency staff and anonymous users have none here. */
export async function loadRights(db: Executor, user: AppUser): Promise<Rights> {
  if (!user.companyId || !user.companyRole) throw new ForbiddenError();
  const rows = user.companyRole === "responsable" ? [] : await db.select().from(grants).where(eq(grants.userId, user.id));
  const capabilities = new Set<Capability>();
  const productLevels = new Map<string, Level>();
  let strategy: Level | null = null;
  for (const g of rows) {
    if (g.companyId !== user.companyId) continue; // a grant never crosses companies
    if (g.kind === "create_users" || g.kind === "create_products") capabilities.add(g.kind);
    else if (g.kind === "product" && g.productId && g.level) productLevels.set(g.productId, g.level);
    else if (g.kind === "strategy" && g.level) strategy = g.level;
  }
  return {
    userId: user.id,
    companyId: user.companyId,
    isResponsable: user.companyRole === "responsable",
    capabilities,
    products: productLevels,
    strategy,
  };
}

export function hasCapability(rights: Rights, capability: Capability): boolean {
  return rights.isResponsable || rights.capabilities.has(capability);
}

const RANK: Record<Level, number> = { draft: 1, validate: 2 };

/** The level the user holds on a product of their company (null: cannot even see it). */
export function productLevel(rights: Rights, productId: string): Level | null {
  return rights.isResponsable ? "validate" : (rights.products.get(productId) ?? null);
}

export function strategyLevel(rights: Rights): Level | null {
  return rights.isResponsable ? "validate" : rights.strategy;
}

export function meets(level: Level | null, needed: Level | "read"): boolean {
  if (level === null) return false;
  return needed === "read" || RANK[level] >= RANK[needed];
}

export function assertCapability(rights: Rights, capability: Capability): void {
  if (!hasCapability(rights, capability)) throw new ForbiddenError();
}

/**
 * Checks that the product exists in the user's company and that the user holds `needed`
 * on it. A product of another company is reported as not found, not as forbidden, so that
 * nothing leaks about other companies' products.
 */
export async function assertProductAccess(db: Executor, user: AppUser, productId: string, needed: Level | "read"): Promise<Rights> {
  const rights = await loadRights(db, user);
  const [product] = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.companyId, rights.companyId)));
  if (!product) throw new NotFoundError("product");
  if (!meets(productLevel(rights, productId), needed)) throw new ForbiddenError();
  return rights;
}

export function assertStrategyAccess(rights: Rights, needed: Level | "read"): void {
  if (!meets(strategyLevel(rights), needed)) throw new ForbiddenError();
}
