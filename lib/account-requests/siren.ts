import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies } from "@/db/schema";
import { isValidSiren, normalizeSiren } from "@/lib/validation/siren";

/**
 * Whether a company with this SIREN is already on the platform. Public on purpose (the
 * request page warns before submission) so it answers a yes or no and never names anyone.
 */
export async function isSirenOnPlatform(siren: string, db: Executor = getDb()): Promise<boolean> {
  const value = normalizeSiren(siren);
  if (!isValidSiren(value)) return false;
  const [row] = await db.select({ id: companies.id }).from(companies).where(eq(companies.siren, value)).limit(1);
  return Boolean(row);
}
