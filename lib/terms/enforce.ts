import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { CURRENT_TERMS_VERSION, isTermsAcceptanceDue } from "./version";

/** True when the user has not accepted the terms of use now in force. */
export async function mustAcceptTerms(userId: string, db: Executor = getDb()): Promise<boolean> {
  const [row] = await db.select({ termsVersion: users.termsVersion }).from(users).where(eq(users.id, userId));
  return row ? isTermsAcceptanceDue(row.termsVersion) : false;
}

/** The same, right after sign-in, when only the username typed is known. */
export async function mustAcceptTermsByUsername(username: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ termsVersion: users.termsVersion })
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  return row ? isTermsAcceptanceDue(row.termsVersion) : false;
}

/** The page that asks for the current terms, coming back to `from` afterwards. */
export function acceptTermsPath(from?: string | null): string {
  const back = safeLocalPath(from);
  return back ? `/accept-terms?from=${encodeURIComponent(back)}` : "/accept-terms";
}

/** Records that the user accepted the current version, with the date, and audits it. */
export async function acceptCurrentTerms(user: AppUser, meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ termsVersion: CURRENT_TERMS_VERSION, termsAcceptedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
      action: "terms.accepted",
      entityType: "user",
      entityId: user.id,
      data: { version: CURRENT_TERMS_VERSION },
      meta,
    });
  });
}
