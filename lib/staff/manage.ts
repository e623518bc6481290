import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { agentActor, agentName, assertAgencyRole } from "@/lib/support/access";
import { revokeTokens } from "@/lib/tokens/tokens";
import { insertStaffAccount } from "./create";
import type { StaffInvite } from "./schema";

export function assertAdmin(user: AppUser | null): AppUser {
  return assertAgencyRole(user, "admin");
}

export type StaffMember = {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  agencyRole: "operator" | "support" | "admin";
  status: "invited" | "active" | "disabled";
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Every agency account, administrators first. */
export async function listStaff(user: AppUser | null): Promise<StaffMember[]> {
  assertAdmin(user);
  const rows = await getDb()
    .select({
      id: users.id,
      username: users.username,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      agencyRole: users.agencyRole,
      status: users.status,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(isNotNull(users.agencyRole))
    .orderBy(asc(users.agencyRole), asc(users.lastName), asc(users.firstName));
  return rows as StaffMember[];
}

export async function inviteStaff(user: AppUser | null, input: StaffInvite, meta: RequestMeta = {}): Promise<{ username: string }> {
  const admin = assertAdmin(user);
  return getDb().transaction(async (tx) => {
    const created = await insertStaffAccount(tx, { ...input, locale: admin.locale }, agentActor(admin), { email: true }, meta);
    return { username: created.username };
  });
}

async function lockStaff(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNotNull(users.agencyRole)))
    .for("update");
  if (!row) throw new NotFoundError("staff");
  return row;
}

/** Disables an agency account: sessions end at once (session version), links stop working. */
export async function disableStaff(user: AppUser | null, input: { userId: string; reason: string }, meta: RequestMeta = {}): Promise<void> {
  const admin = assertAdmin(user);
  if (input.userId === admin.id) throw new ActionError("staffAdmin.errors.notYourself");
  await getDb().transaction(async (tx) => {
    const member = await lockStaff(tx, input.userId);
    if (member.status === "disabled") throw new ActionError("staffAdmin.errors.alreadyDisabled");
    await tx
      .update(users)
      .set({ status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, member.id));
    await revokeTokens(tx, member.id, "activation");
    await revokeTokens(tx, member.id, "password_reset");
    await recordAudit(tx, {
      actor: agentActor(admin),
      action: "staff.disabled",
      entityType: "user",
      entityId: member.id,
      companyId: null,
      data: { username: member.username, reason: input.reason, agent: agentName(admin), previousStatus: member.status },
      meta,
    });
  });
}

/** Re-enables an agency account: active again if it had been activated, else invited. */
export async function enableStaff(
  user: AppUser | null,
  input: { userId: string; reason: string },
  meta: RequestMeta = {},
): Promise<{ status: "active" | "invited" }> {
  const admin = assertAdmin(user);
  return getDb().transaction(async (tx) => {
    const member = await lockStaff(tx, input.userId);
    if (member.status !== "disabled") throw new ActionError("staffAdmin.errors.notDisabled");
    const status = member.passwordHash ? "active" : "invited";
    await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, member.id));
    await recordAudit(tx, {
      actor: agentActor(admin),
      action: "staff.enabled",
      entityType: "user",
      entityId: member.id,
      companyId: null,
      data: { username: member.username, reason: input.reason, agent: agentName(admin), status },
      meta,
    });
    return { status };
  });
}
