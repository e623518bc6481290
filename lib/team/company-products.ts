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

/**
 * Raw codes ("Windows, Desktop"): kept only for the dashboard, which the plan helper is
 * rebuilding; every other page names products with lib/products/label.ts.
 * @deprecated use productLabel from lib/products/label.ts
 */
export function productLabel(p: Pick<MatrixProduct, "name" | "version" | "os" | "device">): string {
  return `${p.name} ${p.version} — ${p.os}, ${p.device}`;
}
