import { and, asc, eq } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { companies, grants, users } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { enqueueEmail } from "@/lib/email/outbox";
import { parseLocale } from "@/lib/i18n/locales";
import { actorOf, assertTeamManager } from "./access";
import { isUuid } from "./schema";

/** Members the Responsable may hand the role to: active contributors of the company. */
export async function listTransferCandidates(db: Executor, user: AppUser | null) {
  const rights = await assertTeamManager(db, user);
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, username: users.username })
    .from(users)
    .where(and(eq(users.companyId, rights.companyId), eq(users.companyRole, "contributor"), eq(users.status, "active")))
    .orderBy(asc(users.lastName), asc(users.firstName));
}

/**
 * Hands the Responsable role to another active member, in one transaction: the current
 * Responsable is demoted first, then the target promoted, so the partial unique index
 * (one active Responsable per company) holds at every step and a failure anywhere rolls
 * both back: the company never has zero or two. Each guarded update re-checks its row
 * under lock, so two transfers racing cannot both succeed.
 *
 * The former Responsable becomes a contributor with no rights (the new Responsable grants
 * what they need); the new Responsable's grants are dropped, as the role holds them all.
 * Sessions stay open: roles are re-read on every request.
 */
export async function transferResponsable(db: Db, user: AppUser | null, targetId: string, meta: RequestMeta = {}): Promise<void> {
  await db.transaction(async (tx) => {
    const rights = await assertTeamManager(tx, user);
    if (!isUuid(targetId)) throw new NotFoundError("user");
    const [target] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, targetId), eq(users.companyId, rights.companyId)))
      .for("update");
    if (!target) throw new NotFoundError("user");
    if (target.id === rights.userId) throw new ActionError("team.errors.transferToSelf", { userId: ["team.errors.transferToSelf"] });
    if (target.status !== "active" || target.companyRole !== "contributor") {
      throw new ActionError("team.errors.transferTargetInactive", { userId: ["team.errors.transferTargetInactive"] });
    }

    const [former] = await tx
      .update(users)
      .set({ companyRole: "contributor", updatedAt: new Date() })
      .where(and(eq(users.id, rights.userId), eq(users.companyRole, "responsable"), eq(users.status, "active")))
      .returning();
    // Someone else changed the role meanwhile (a concurrent transfer): this request is stale.
    if (!former) throw new ForbiddenError();

    let promoted: typeof users.$inferSelect | undefined;
    try {
      [promoted] = await tx
        .update(users)
        .set({ companyRole: "responsable", updatedAt: new Date() })
        .where(and(eq(users.id, target.id), eq(users.companyRole, "contributor"), eq(users.status, "active")))
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, "users_one_active_responsable")) throw new ActionError("team.errors.transferConflict");
      throw error;
    }
    if (!promoted) throw new ActionError("team.errors.transferTargetInactive", { userId: ["team.errors.transferTargetInactive"] });

    const dropped = await tx.delete(grants).where(eq(grants.userId, promoted.id)).returning({ id: grants.id });
    await recordAudit(tx, {
      actor: actorOf(user!),
      action: "team.responsable_transferred",
      entityType: "company",
      entityId: rights.companyId,
      companyId: rights.companyId,
      data: {
        fromUserId: former.id,
        fromUsername: former.username,
        toUserId: promoted.id,
        toUsername: promoted.username,
        grantsDropped: dropped.length,
      },
      meta,
    });

    const [company] = await tx.select({ legalName: companies.legalName }).from(companies).where(eq(companies.id, rights.companyId));
    const names = {
      companyName: company?.legalName ?? "",
      formerName: `${former.firstName} ${former.lastName}`,
      newName: `${promoted.firstName} ${promoted.lastName}`,
    };
    for (const [person, recipient] of [
      [former, "former"],
      [promoted, "new"],
    ] as const) {
      await enqueueEmail(tx, {
        to: person.email,
        locale: parseLocale(person.locale),
        template: "team.roleTransferred",
        payload: { ...names, recipient, firstName: person.firstName },
      });
    }
  });
}
