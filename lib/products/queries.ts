import { and, asc, count, desc, eq, ilike, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { productBases, products, users } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { assertProductAccess, hasCapability, loadRights } from "@/lib/rights/rights";
import { likePattern, type TableQuery } from "@/lib/tables/query";
import { canManage, canSee, productIdOrNotFound, visibleProducts } from "./access";
import type { ProductKind, ProductStatus } from "./choices";

export const PRODUCT_SORTS = ["name", "version", "os", "device", "kind", "status", "updatedAt"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export type ProductFilters = { kind: ProductKind | ""; status: ProductStatus | "" };

const summary = {
  id: products.id,
  kind: products.kind,
  name: products.name,
  version: products.version,
  edition: products.edition,
  os: products.os,
  device: products.device,
  commercialName: products.commercialName,
  status: products.status,
  updatedAt: products.updatedAt,
};
export type ProductRow = {
  id: string;
  kind: ProductKind;
  name: string;
  version: string;
  edition: string | null;
  os: string;
  device: string;
  commercialName: string | null;
  status: ProductStatus;
  updatedAt: Date;
};

const ORDER: Record<ProductSort, SQL | AnyColumn> = {
  name: sql`lower(${products.name})`,
  version: products.version,
  os: sql`lower(${products.os})`,
  device: sql`lower(${products.device})`,
  kind: products.kind,
  status: products.status,
  updatedAt: products.updatedAt,
};

/** The company's products the user may see, searched, filtered, sorted and paged in SQL. */
export async function listProducts(
  db: Executor,
  user: AppUser,
  query: TableQuery<ProductSort>,
  filters: ProductFilters,
): Promise<{ rows: ProductRow[]; total: number }> {
  const rights = await loadRights(db, user);
  const pattern = query.q ? likePattern(query.q) : null;
  const where = and(
    visibleProducts(db, rights),
    filters.kind ? eq(products.kind, filters.kind) : undefined,
    filters.status ? eq(products.status, filters.status) : undefined,
    pattern ? or(ilike(products.name, pattern), ilike(products.commercialName, pattern), ilike(products.version, pattern)) : undefined,
  );
  const direction = query.dir === "asc" ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summary)
      .from(products)
      .where(where)
      .orderBy(direction(ORDER[query.sort]), asc(ORDER.name), asc(products.version), asc(ORDER.os), asc(ORDER.device), asc(products.id))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
    db.select({ total: count() }).from(products).where(where),
  ]);
  return { rows, total };
}

export async function canCreateProducts(db: Executor, user: AppUser): Promise<boolean> {
  return hasCapability(await loadRights(db, user), "create_products");
}

export type ProductLink = Pick<ProductRow, "id" | "kind" | "name" | "version" | "os" | "device" | "status">;
const link = {
  id: products.id,
  kind: products.kind,
  name: products.name,
  version: products.version,
  os: products.os,
  device: products.device,
  status: products.status,
};

export type ProductDetail = ProductRow & {
  inCatalogue: boolean;
  description: string | null;
  createdAt: Date;
  createdBy: { firstName: string; lastName: string } | null;
  derivedFrom: ProductLink | null;
  /** The bases of an option, or the options of a base, that the user may see. */
  links: ProductLink[];
  /** Linked products the user holds no grant on: counted, never named. */
  hiddenLinks: number;
  /** For a base: its active options, seen or not, which keep it from being archived. */
  activeOptions: number;
  can: { edit: boolean; linkBases: boolean; duplicate: boolean; duplicateAsOption: boolean; archive: boolean; restore: boolean };
};

/** One product of the user's company, with what the product page shows. */
export async function getProduct(db: Executor, user: AppUser, id: string): Promise<ProductDetail> {
  const rights = await assertProductAccess(db, user, productIdOrNotFound(id), "read");
  const [row] = await db
    .select({
      ...summary,
      inCatalogue: products.inCatalogue,
      description: products.description,
      createdAt: products.createdAt,
      derivedFromId: products.derivedFromId,
      creatorFirst: users.firstName,
      creatorLast: users.lastName,
    })
    .from(products)
    .leftJoin(users, eq(users.id, products.createdById))
    .where(eq(products.id, id));
  const { derivedFromId, creatorFirst, creatorLast, ...product } = row;

  const linked = await linkedProducts(db, product.kind, id);
  const [derived] =
    derivedFromId && canSee(rights, derivedFromId) ? await db.select(link).from(products).where(eq(products.id, derivedFromId)) : [];
  const manage = canManage(rights, id);
  const active = product.status === "active";
  const duplicate = hasCapability(rights, "create_products");
  return {
    ...product,
    createdBy: creatorFirst !== null && creatorLast !== null ? { firstName: creatorFirst, lastName: creatorLast } : null,
    derivedFrom: derived ?? null,
    links: linked.filter((p) => canSee(rights, p.id)),
    hiddenLinks: linked.filter((p) => !canSee(rights, p.id)).length,
    activeOptions: product.kind === "base" ? linked.filter((p) => p.status === "active").length : 0,
    can: {
      edit: manage && active,
      linkBases: manage && active && product.kind === "option",
      duplicate,
      duplicateAsOption: duplicate && active && product.kind === "base",
      archive: manage && active,
      restore: manage && !active,
    },
  };
}

/** An option's bases, or a base's options, sorted by name. */
export async function linkedProducts(db: Executor, kind: ProductKind, id: string): Promise<ProductLink[]> {
  const [self, other] = kind === "option" ? [productBases.optionId, productBases.baseId] : [productBases.baseId, productBases.optionId];
  return db
    .select(link)
    .from(productBases)
    .innerJoin(products, eq(products.id, other))
    .where(eq(self, id))
    .orderBy(asc(sql`lower(${products.name})`), asc(products.version));
}

/**
 * The base products an option may be linked to: the active bases the user may see, plus
 * `keep` (the bases already linked, even archived ones, so that a link can be kept).
 */
export async function listBaseChoices(db: Executor, user: AppUser, keep: string[] = []): Promise<ProductLink[]> {
  const rights = await loadRights(db, user);
  const statusOk = keep.length ? or(eq(products.status, "active"), inArray(products.id, keep)) : eq(products.status, "active");
  return db
    .select(link)
    .from(products)
    .where(and(visibleProducts(db, rights), eq(products.kind, "base"), statusOk))
    .orderBy(asc(sql`lower(${products.name})`), asc(products.version), asc(products.os));
}
