import { and, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { sendActivation } from "@/lib/accounts/invite";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { revokeTokens } from "@/lib/tokens/tokens";
import { actorOf, assertTeamManager } from "./access";
import { endUserSessions } from "@/lib/auth/sessions";
import { isUuid } from "./schema";

/** A member of the company, locked for the change (two managers clicking at once serialise). */
async function lockMember(tx: Executor, companyId: string, memberId: string) {
  if (!isUuid(memberId)) throw new NotFoundError("user");
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, memberId), eq(users.companyId, companyId)))
    .for("update");
  if (!row) throw new NotFoundError("user");
  return row;
}

/**
 * Disables a contributor: they can no longer sign in, their open sessions end at their next
 * request (session_version is bumped, and the current user is re-read on each request), and
 * their pending links stop working. The Responsable cannot disable themselves: the company
 * would be left without one.
 */
export async function disableMember(db: Db, user: AppUser | null, memberId: string, meta: RequestMeta = {}): Promise<void> {
  await db.transaction(async (tx) => {
    const rights = await assertTeamManager(tx, user);
    const member = await lockMember(tx, rights.companyId, memberId);
    if (member.id === rights.userId || member.companyRole === "responsable") throw new ActionError("team.errors.cannotDisableResponsable");
    if (member.status === "disabled") throw new ActionError("team.errors.alreadyDisabled");
    await tx
      .update(users)
      .set({ status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, member.id));
    await endUserSessions(tx, member.id);
    await revokeTokens(tx, member.id, "activation");
    await revokeTokens(tx, member.id, "password_reset");
    await recordAudit(tx, {
      actor: actorOf(user!),
      action: "team.member_disabled",
      entityType: "user",
      entityId: member.id,
      companyId: rights.companyId,
      data: { username: member.username, previousStatus: member.status },
      meta,
    });
  });
}

/**
 * Re-enables a disabled member. One who had activated their account (has a password) is
 * active again; one who never did stays invited and needs a new activation link.
 */
export async function enableMember(
  db: Db,
  user: AppUser | null,
  memberId: string,
  meta: RequestMeta = {},
): Promise<{ status: "active" | "invited" }> {
  return db.transaction(async (tx) => {
    const rights = await assertTeamManager(tx, user);
    const member = await lockMember(tx, rights.companyId, memberId);
    if (member.status !== "disabled") throw new ActionError("team.errors.notDisabled");
    // Only contributors are disabled here; a Responsable disabled elsewhere (support) is not
    // brought back beside the active one.
    if (member.companyRole !== "contributor") throw new ActionError("team.errors.notAContributor");
    const status = member.passwordHash ? "active" : "invited";
    await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, member.id));
    await recordAudit(tx, {
      actor: actorOf(user!),
      action: "team.member_enabled",
      entityType: "user",
      entityId: member.id,
      companyId: rights.companyId,
      data: { username: member.username, status },
      meta,
    });
    return { status };
  });
}

/** Sends a new activation link to a member who has not activated yet; older links stop working. */
export async function resendActivation(db: Db, user: AppUser | null, memberId: string, meta: RequestMeta = {}): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const rights = await assertTeamManager(tx, user);
    const member = await lockMember(tx, rights.companyId, memberId);
    if (member.status !== "invited") throw new ActionError("team.errors.notInvited");
    await sendActivation(tx, { ...member, companyId: rights.companyId });
    await recordAudit(tx, {
      actor: actorOf(user!),
      action: "team.activation_resent",
      entityType: "user",
      entityId: member.id,
      companyId: rights.companyId,
      data: { username: member.username },
      meta,
    });
    return { email: member.email };
  });
}
