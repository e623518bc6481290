import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { products } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { ForbiddenError } from "@/lib/actions/errors";
import { loadRights, productLevel, type Level } from "./rights";

// Case-insensitive, so that the order is the same on PGlite (C collation) and on the server.
const productOrder = [
  asc(sql`lower(${products.name})`),
  asc(sql`lower(${products.version})`),
  asc(sql`lower(${products.os})`),
  asc(sql`lower(${products.device})`),
  asc(products.id),
];

export type AccessibleProduct = {
  id: string;
  kind: "base" | "option";
  name: string;
  version: string;
  os: string;
  device: string;
  commercialName: string | null;
  level: Level;
};

/**
 * The active products of the user's company that the user may open, with the level held on
 * each: all of them for the Responsable, those granted for a contributor. Rights are read
 * fresh, so a revoked grant hides the product at the next request. Agency staff and
 * anonymous callers are refused (support reads companies through its own lookup).
 */
export async function listAccessibleProducts(db: Executor, user: AppUser | null): Promise<AccessibleProduct[]> {
  if (!user) throw new ForbiddenError("signed-out");
  const rights = await loadRights(db, user);
  const granted = [...rights.products.keys()];
  if (!rights.isResponsable && granted.length === 0) return [];
  const rows = await db
    .select({
      id: products.id,
      kind: products.kind,
      name: products.name,
      version: products.version,
      os: products.os,
      device: products.device,
      commercialName: products.commercialName,
    })
    .from(products)
    .where(
      and(
        eq(products.companyId, rights.companyId),
        eq(products.status, "active"),
        rights.isResponsable ? undefined : inArray(products.id, granted),
      ),
    )
    .orderBy(...productOrder);
  return rows.map((p) => ({ ...p, level: productLevel(rights, p.id)! }));
}
