import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, emailOutbox, tokens, users } from "@/db/schema";
import { activateAccount } from "@/lib/accounts/activation";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { createStaffFromCli } from "./cli";
import { disableStaff, enableStaff, inviteStaff, listStaff } from "./manage";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const byEmail = async (email: string) => (await getDb().select().from(users).where(eq(users.email, email)))[0];
const audit = async (action: string) => getDb().select().from(auditEvents).where(eq(auditEvents.action, action));

describe("agency staff", () => {
  it("an administrator invites a support agent: invited, no company, activation email queued, audited", async () => {
    const { username } = await inviteStaff(w.actors.admin, {
      email: "lea.fabre@agence.example",
      firstName: "Léa",
      lastName: "Fabre",
      agencyRole: "support",
    });
    expect(username).toBe("lea.fabre");
    const row = await byEmail("lea.fabre@agence.example");
    expect(row).toMatchObject({ status: "invited", agencyRole: "support", companyId: null, companyRole: null });
    const [mail] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "lea.fabre@agence.example"));
    expect(mail.template).toBe("account.activation");
    expect(mail.payload).toMatchObject({ username: "lea.fabre", companyName: "Agence du Numérique en Santé" });
    const [event] = await audit("staff.invited");
    expect(event).toMatchObject({ actorUserId: w.actors.admin.id, entityId: row.id });
    expect((await listStaff(w.actors.admin)).map((s) => s.username)).toContain("lea.fabre");
  });

  it("refuses an email already used by any account, whatever its case", async () => {
    const error = await inviteStaff(w.actors.admin, {
      email: "CAMILLE.MARTIN@sante-logiciels.example",
      firstName: "X",
      lastName: "Y",
      agencyRole: "operator",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldErrors.email).toEqual(["errors.emailTaken"]);
  });

  it("only an administrator manages staff: 404 for company users, 403 for operator and support", async () => {
    const input = { email: "x@agence.example", firstName: "X", lastName: "Y", agencyRole: "admin" as const };
    await expect(inviteStaff(w.actors.responsable, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inviteStaff(w.actors.support, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listStaff(w.actors.operator)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("disables with a reason (sessions end, links void) and re-enables, both audited with the agent's name", async () => {
    const support = w.actors.support;
    await disableStaff(w.actors.admin, { userId: support.id, reason: "Départ de l’agent" });
    expect(await findActiveUserById(getDb(), support.id)).toBeUndefined();
    const [off] = await audit("staff.disabled");
    expect(off.data).toMatchObject({ reason: "Départ de l’agent", agent: "Julie Roux" });
    expect(await enableStaff(w.actors.admin, { userId: support.id, reason: "Retour" })).toEqual({ status: "active" });
    expect((await audit("staff.enabled"))[0].data).toMatchObject({ reason: "Retour", agent: "Julie Roux" });
  });

  it("does not let an administrator disable themselves, nor reach a company user", async () => {
    await expect(disableStaff(w.actors.admin, { userId: w.actors.admin.id, reason: "test" })).rejects.toBeInstanceOf(ActionError);
    await expect(disableStaff(w.actors.admin, { userId: w.actors.responsable.id, reason: "test" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("staff:create (command line)", () => {
  it("creates an administrator whose printed link activates the account once", async () => {
    const { username, token } = await createStaffFromCli(getDb(), {
      email: "ana.durand@agence.example",
      name: "Ana Marie Durand",
      role: "admin",
    });
    expect(username).toBe("ana-marie.durand");
    expect(await byEmail("ana.durand@agence.example")).toMatchObject({
      agencyRole: "admin",
      status: "invited",
      firstName: "Ana Marie",
      lastName: "Durand",
    });
    // No email: the link is printed, and it is the only open one.
    expect(await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "ana.durand@agence.example"))).toEqual([]);
    const row = await byEmail("ana.durand@agence.example");
    expect(
      await getDb()
        .select()
        .from(tokens)
        .where(and(eq(tokens.userId, row.id), isNull(tokens.usedAt))),
    ).toHaveLength(1);
    await activateAccount({ token, password: "Un-Mot-De-Passe-Solide-2026", confirmPassword: "Un-Mot-De-Passe-Solide-2026" });
    expect((await byEmail("ana.durand@agence.example")).status).toBe("active");
    await expect(
      activateAccount({ token, password: "Un-Mot-De-Passe-Solide-2026", confirmPassword: "Un-Mot-De-Passe-Solide-2026" }),
    ).rejects.toBeInstanceOf(ActionError);
  });

  it("refuses an email in use and a missing name, creating nothing", async () => {
    const taken = await createStaffFromCli(getDb(), { email: "Hugo.Moreau@agence.example", name: "Hugo Bis", role: "admin" }).catch(
      (e) => e,
    );
    expect((taken as ActionError).fieldErrors.email?.[0]).toMatch(/already used/);
    const noName = await createStaffFromCli(getDb(), { email: "new@agence.example", name: "", role: "admin" }).catch((e) => e);
    expect(noName).toBeInstanceOf(ActionError);
    expect(await byEmail("new@agence.example")).toBeUndefined();
  });
});
