import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { products } from "@/db/schema";

// Case-insensitive, so that the order is the same on PGlite (C collation) and on the server.
export const PRODUCT_ORDER = [
  asc(sql`lower(${products.name})`),
  asc(sql`lower(${products.version})`),
  asc(sql`lower(${products.os})`),
  asc(sql`lower(${products.device})`),
  asc(products.id),
];

export type MatrixProduct = { id: string; name: string; version: string; os: string; device: string; kind: "base" | "option" };

/**
 * The company's active products, as columns of the rights matrix. Internal to lib/team: the
 * caller has already checked that the user manages this company.
 */
export async function activeCompanyProducts(db: Executor, companyId: string): Promise<MatrixProduct[]> {
  return db
    .select({
      id: products.id,
      name: products.name,
      version: products.version,
      os: products.os,
      device: products.device,
      kind: products.kind,
    })
    .from(products)
    .where(and(eq(products.companyId, companyId), eq(products.status, "active")))
    .orderBy(...PRODUCT_ORDER);
}
