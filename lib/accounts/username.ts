import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";

/** "Élodie Le Gall" → "elodie.le-gall": ASCII, lower case, readable. */
export function usernameBase(firstName: string, lastName: string): string {
  const part = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const base = [part(firstName), part(lastName)].filter(Boolean).join(".");
  return (base || "utilisateur").slice(0, 40);
}

/**
 * A free username from the person's names: the base, else the base with the smallest free
 * number. The unique index stays the final judge: callers run this in their transaction
 * and a concurrent taker makes the insert fail rather than duplicate.
 */
export async function generateUsername(db: Executor, firstName: string, lastName: string): Promise<string> {
  const base = usernameBase(firstName, lastName);
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(sql`lower(${users.username}) = ${base} or lower(${users.username}) ~ ${`^${base.replace(/[.-]/g, "\\$&")}[0-9]+$`}`);
  const taken = new Set(rows.map((r) => r.username.toLowerCase()));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
