import { and, count, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, products, users } from "@/db/schema";

export type PublicCounts = { companies: number; users: number; products: number };

/**
 * The landing page's live figures: active companies, active vendor accounts (agency staff
 * are not "registered users" of a company), and active products. Public by design.
 */
export async function getPublicCounts(): Promise<PublicCounts> {
  const db = getDb();
  const [[c], [u], [p]] = await Promise.all([
    db.select({ n: count() }).from(companies).where(eq(companies.status, "active")),
    db.select({ n: count() }).from(users).where(and(eq(users.status, "active"), isNotNull(users.companyId))),
    db.select({ n: count() }).from(products).where(eq(products.status, "active")),
  ]);
  return { companies: c.n, users: u.n, products: p.n };
}
