import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { CURRENT_TERMS_VERSION } from "@/lib/terms/version";
import { checkToken, consumeToken } from "@/lib/tokens/tokens";
import { assertNewPassword, storePassword } from "./credentials";

export type LinkState<T> = ({ status: "valid" } & T) | { status: "expired" | "used" | "invalid" };
type Invitee = { userId: string; username: string; email: string; firstName: string };

/** What an activation link is worth: only an invited account's unused, unexpired link is. */
export async function openActivation(raw: string): Promise<LinkState<Invitee>> {
  const db = getDb();
  const check = await checkToken(db, "activation", raw);
  if (check.status !== "valid") return { status: check.status };
  const [user] = await db
    .select({ userId: users.id, username: users.username, email: users.email, firstName: users.firstName, status: users.status })
    .from(users)
    .where(eq(users.id, check.token.userId ?? ""));
  if (!user || user.status !== "invited") return { status: "used" };
  return { status: "valid", userId: user.userId, username: user.username, email: user.email, firstName: user.firstName };
}

/**
 * Activation: the password (checked against the rules), the terms of use accepted with their
 * version and date, the account made active, the link used — in one transaction.
 */
export async function activateAccount(
  input: { token: string; password: string; confirmPassword: string },
  meta: RequestMeta = {},
): Promise<{ username: string }> {
  const link = await openActivation(input.token);
  if (link.status !== "valid") throw new ActionError("account.activate.linkUnusable");
  assertNewPassword(input, link);
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction(async (tx) => {
    const used = await consumeToken(tx, "activation", input.token);
    if (used.status !== "valid" || used.token.userId !== link.userId) throw new ActionError("account.activate.linkUnusable");
    const [invited] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, link.userId), eq(users.status, "invited")));
    if (!invited) throw new ActionError("account.activate.linkUnusable");
    let row;
    try {
      row = await storePassword(tx, link.userId, passwordHash, {
        status: "active",
        termsVersion: CURRENT_TERMS_VERSION,
        termsAcceptedAt: new Date(),
      });
    } catch (error) {
      // The company got an active Responsable in the meantime (users_one_active_responsable).
      if (isUniqueViolation(error, "users_one_active_responsable")) throw new ActionError("account.activate.responsableTaken");
      throw error;
    }
    await recordAudit(tx, {
      actor: { kind: "user", id: row.id, username: row.username, companyId: row.companyId },
      action: "user.activated",
      entityType: "user",
      entityId: row.id,
      data: { termsVersion: CURRENT_TERMS_VERSION },
      meta,
    });
    return { username: row.username };
  });
}
