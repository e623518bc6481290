import { and, count, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, products, users } from "@/db/schema";
import { env } from "@/lib/env";
import { memoizeFor } from "./memo";

export type PublicCounts = { companies: number; users: number; products: number };

/**
 * The landing page's figures: active companies, active vendor accounts (agency staff are not
 * "registered users" of a company), and active products. Public by design; counted at most
 * every PUBLIC_COUNTS_CACHE_SECONDS (five minutes by default) per app instance: three
 * count(*) per visit cost 40 ms at 100×.
 */
export function getPublicCounts(): Promise<PublicCounts> {
  memo ??= memoizeFor(env().PUBLIC_COUNTS_CACHE_SECONDS * 1000, countNow);
  return memo.get();
}

let memo: ReturnType<typeof memoizeFor<PublicCounts>> | undefined;

/** Counts now (tests, and the memo above). */
export async function countNow(): Promise<PublicCounts> {
  const db = getDb();
  const [[c], [u], [p]] = await Promise.all([
    db.select({ n: count() }).from(companies).where(eq(companies.status, "active")),
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.status, "active"), isNotNull(users.companyId))),
    db.select({ n: count() }).from(products).where(eq(products.status, "active")),
  ]);
  return { companies: c.n, users: u.n, products: p.n };
}
