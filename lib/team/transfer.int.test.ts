import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { auditEvents, emailOutbox, grants, users } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { renderEmail } from "@/lib/email/render";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { transferResponsable } from "./transfer";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

async function activeResponsables(companyId: string) {
  return getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.companyRole, "responsable"), eq(users.status, "active")));
}

describe("transferResponsable", () => {
  it("swaps the roles in one step, drops the new Responsable's grants, audits and emails both", async () => {
    const target = w.actors.contributorDraft;
    await transferResponsable(getDb(), w.actors.responsable, target.id);

    expect(await activeResponsables(w.companyId)).toEqual([{ id: target.id }]);
    const former = await findActiveUserById(getDb(), w.actors.responsable.id);
    expect(former?.companyRole).toBe("contributor");
    // Both stay signed in (same session version); their role is re-read on each request.
    expect(former?.sessionVersion).toBe(w.actors.responsable.sessionVersion);
    expect(await getDb().select().from(grants).where(eq(grants.userId, target.id))).toEqual([]);
    expect(await getDb().select().from(grants).where(eq(grants.userId, w.actors.responsable.id))).toEqual([]);

    const [audit] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "team.responsable_transferred"));
    expect(audit.data).toMatchObject({ fromUserId: w.actors.responsable.id, toUserId: target.id });

    const emails = await getDb().select().from(emailOutbox).where(eq(emailOutbox.template, "team.roleTransferred"));
    expect(emails.map((e) => e.toAddress).sort()).toEqual([w.actors.responsable.email, target.email].sort());
    const toNew = emails.find((e) => e.toAddress === target.email)!;
    const rendered = await renderEmail(toNew.template, toNew.locale, toNew.payload);
    expect(rendered.subject).toBe("Changement de Responsable pour Santé Logiciels SAS");
    expect(rendered.text).toContain("Camille Martin vous a transféré le rôle de Responsable de Santé Logiciels SAS");
  });

  it("refuses an invited or disabled member, oneself, and a member of another company, changing nothing", async () => {
    const me = w.actors.responsable;
    await expect(transferResponsable(getDb(), me, w.members.invited)).rejects.toMatchObject({
      messageKey: "team.errors.transferTargetInactive",
    });
    await expect(transferResponsable(getDb(), me, w.members.disabled)).rejects.toBeInstanceOf(ActionError);
    await expect(transferResponsable(getDb(), me, me.id)).rejects.toMatchObject({ messageKey: "team.errors.transferToSelf" });
    await expect(transferResponsable(getDb(), me, w.members.foreign)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transferResponsable(getDb(), me, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await activeResponsables(w.companyId)).toEqual([{ id: me.id }]);
    expect(await getDb().select().from(emailOutbox)).toEqual([]);
  });

  it("lets only the Responsable transfer, and a stale Responsable cannot transfer twice", async () => {
    await expect(transferResponsable(getDb(), w.actors.contributorValidate, w.members.spare)).rejects.toBeInstanceOf(ForbiddenError);
    const stale = w.actors.responsable;
    await transferResponsable(getDb(), stale, w.members.spare);
    // The same (now outdated) user object tries again: the guarded demotion finds no Responsable.
    await expect(transferResponsable(getDb(), stale, w.actors.contributorDraft.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await activeResponsables(w.companyId)).toEqual([{ id: w.members.spare }]);
  });

  it("keeps exactly one Responsable when two transfers race", async () => {
    const results = await Promise.allSettled([
      transferResponsable(getDb(), w.actors.responsable, w.members.spare),
      transferResponsable(getDb(), w.actors.responsable, w.actors.contributorDraft.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeResponsables(w.companyId)).toHaveLength(1);
  });

  it("is backed by the database: a second active Responsable cannot be written", async () => {
    const attempt = getDb().update(users).set({ companyRole: "responsable" }).where(eq(users.id, w.members.spare));
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error, "users_one_active_responsable")).toBe(true);
  });
});
