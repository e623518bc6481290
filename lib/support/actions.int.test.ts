import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, emailOutbox, tokens, users } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { lockedUntil, MAX_FAILURES, reserveAttempt, usernameKey } from "@/lib/auth/throttle";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { submitContactMessage } from "@/lib/contact/submit";
import { getEvaluation } from "@/lib/evaluations/load";
import { startEvaluation } from "@/lib/evaluations/start";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { supportCorrectEmail, supportDisable, supportEnable, supportResendActivation, supportResendEmail, supportUnlock } from "./actions";
import { getCompanyFile } from "./company";
import { listContactMessages, markMessageHandled } from "./messages";
import { getPersonFile } from "./person";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const REASON = "Appel du client ce matin";
const events = (action: string) => getDb().select().from(auditEvents).where(eq(auditEvents.action, action));
const mailsTo = (to: string) => getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
const row = async (id: string) => (await getDb().select().from(users).where(eq(users.id, id)))[0];

async function expectAudited(action: string, personId: string) {
  const [event] = await events(action);
  expect(event, action).toBeDefined();
  expect(event.actorUserId).toBe(w.actors.support.id);
  expect(event.entityId).toBe(personId);
  expect(event.data).toMatchObject({ reason: REASON, agent: "Hugo Moreau" });
}

describe("support actions", () => {
  it("unlocks a username locked by failed sign-ins, tells the person, audits the reason", async () => {
    const person = await row(w.members.spare);
    for (let i = 0; i < MAX_FAILURES; i++) await reserveAttempt(getDb(), usernameKey(person.username));
    expect(await lockedUntil(getDb(), person.username)).not.toBeNull();
    const file = await getPersonFile(w.actors.support, person.id);
    expect(file.person.lockedUntil).not.toBeNull();

    await supportUnlock(w.actors.support, { personId: person.id, reason: REASON });
    expect(await lockedUntil(getDb(), person.username)).toBeNull();
    expect((await mailsTo(person.email)).map((m) => m.payload)).toContainEqual(expect.objectContaining({ kind: "unlocked" }));
    await expectAudited("support.unlocked", person.id);
    await expect(supportUnlock(w.actors.support, { personId: person.id, reason: REASON })).rejects.toBeInstanceOf(ActionError);
  });

  it("disables (sessions end, person told) and re-enables, each audited with its reason", async () => {
    const person = w.actors.contributorDraft;
    await supportDisable(w.actors.support, { personId: person.id, reason: REASON });
    expect(await findActiveUserById(getDb(), person.id)).toBeUndefined();
    await expectAudited("support.disabled", person.id);
    expect(await supportEnable(w.actors.support, { personId: person.id, reason: REASON })).toEqual({ status: "active" });
    await expectAudited("support.enabled", person.id);
    expect((await mailsTo(person.email)).map((m) => (m.payload as { kind: string }).kind).sort()).toEqual(["disabled", "enabled"]);
  });

  it("does not bring a disabled Responsable back beside the active one", async () => {
    await supportDisable(w.actors.support, { personId: w.actors.responsable.id, reason: REASON });
    await getDb().update(users).set({ companyRole: "responsable", status: "active" }).where(eq(users.id, w.members.spare));
    await expect(supportEnable(w.actors.support, { personId: w.actors.responsable.id, reason: REASON })).rejects.toMatchObject({
      messageKey: "supportDesk.errors.responsableTaken",
    });
  });

  it("resends an activation link: the old one stops working", async () => {
    const invited = await row(w.members.invited);
    await supportResendActivation(w.actors.support, { personId: invited.id, reason: REASON });
    await supportResendActivation(w.actors.support, { personId: invited.id, reason: REASON });
    const open = await getDb()
      .select()
      .from(tokens)
      .where(and(eq(tokens.userId, invited.id), isNull(tokens.usedAt)));
    expect(open).toHaveLength(1);
    expect(await mailsTo(invited.email)).toHaveLength(2);
    await expectAudited("support.activation_resent", invited.id);
    await expect(supportResendActivation(w.actors.support, { personId: w.members.spare, reason: REASON })).rejects.toBeInstanceOf(
      ActionError,
    );
  });

  it("corrects an email: an invited account at once with its link there; an active one by confirmation at the new address", async () => {
    const invited = await row(w.members.invited);
    expect(
      await supportCorrectEmail(w.actors.support, { personId: invited.id, newEmail: "bonne.adresse@matrix.example", reason: REASON }),
    ).toEqual({ applied: true });
    expect((await row(invited.id)).email).toBe("bonne.adresse@matrix.example");
    expect((await mailsTo("bonne.adresse@matrix.example"))[0].template).toBe("account.activation");
    await expectAudited("support.email_corrected", invited.id);

    const active = await row(w.members.spare);
    expect(
      await supportCorrectEmail(w.actors.support, { personId: active.id, newEmail: "nouvelle@matrix.example", reason: REASON }),
    ).toEqual({ applied: false });
    expect((await row(active.id)).email).toBe(active.email);
    expect((await mailsTo("nouvelle@matrix.example"))[0].template).toBe("account.emailChange");

    const taken = await supportCorrectEmail(w.actors.support, {
      personId: active.id,
      newEmail: "CAMILLE.MARTIN@sante-logiciels.example",
      reason: REASON,
    }).catch((e) => e);
    expect((taken as ActionError).fieldErrors.newEmail).toEqual(["errors.emailTaken"]);
  });

  it("requeues a failed email and records why", async () => {
    const [mail] = await getDb()
      .insert(emailOutbox)
      .values({
        toAddress: "lucas.bernard@sante-logiciels.example",
        locale: "fr",
        template: "account.activation",
        payload: {},
        status: "failed",
        attempts: 8,
        lastError: "mailbox full",
      })
      .returning();
    const file = await getCompanyFile(w.actors.support, w.companyId);
    expect(file.emails.find((e) => e.id === mail.id)).toMatchObject({ status: "failed", lastError: "mailbox full" });
    await supportResendEmail(w.actors.support, { emailId: mail.id, reason: REASON });
    expect((await getDb().select().from(emailOutbox).where(eq(emailOutbox.id, mail.id)))[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: null,
    });
    const [event] = await events("support.email_resent");
    expect(event.data).toMatchObject({ reason: REASON, agent: "Hugo Moreau", previousError: "mailbox full" });
    expect(event.companyId).toBe(w.companyId);
    await expect(supportResendEmail(w.actors.support, { emailId: mail.id, reason: REASON })).rejects.toBeInstanceOf(ActionError);
  });

  it("acts on company accounts only, and only for support", async () => {
    await expect(supportDisable(w.actors.support, { personId: w.actors.operator.id, reason: REASON })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(supportDisable(w.actors.responsable, { personId: w.members.spare, reason: REASON })).rejects.toBeInstanceOf(NotFoundError);
    await expect(supportDisable(w.actors.operator, { personId: w.members.spare, reason: REASON })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(supportDisable(w.actors.admin, { personId: w.members.spare, reason: REASON })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(w.members.spare)).status).toBe("active");
  });
});

describe("what support sees", () => {
  it("the company file: members with their states, products, evaluation states and figures, no answers", async () => {
    const { id } = await startEvaluation(w.actors.responsable, { theme: "interoperability", productId: w.productId });
    const file = await getCompanyFile(w.actors.support, w.companyId);
    expect(file.company.siren).toBe("812345676");
    expect(file.members.find((m) => m.id === w.members.invited)?.activationPendingSince).toBeInstanceOf(Date);
    expect(file.members.find((m) => m.id === w.members.spare)?.activationPendingSince).toBeNull();
    expect(file.products.length).toBeGreaterThan(0);
    expect(file.evaluations).toEqual([expect.objectContaining({ productId: w.productId, theme: "interoperability", status: "draft" })]);
    expect(JSON.stringify(file)).not.toMatch(/"answers"|"value"|evidence/i);
    // The answers themselves stay closed to support.
    const denied = await getEvaluation(getDb(), w.actors.support, id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(denied instanceof ForbiddenError || denied instanceof NotFoundError).toBe(true);
  });

  it("company users get 404 on the company and person files", async () => {
    await expect(getCompanyFile(w.actors.responsable, w.companyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPersonFile(w.actors.otherResponsable, w.members.spare)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCompanyFile(w.actors.support, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("contact messages are matched to the account by email and handled once, by name", async () => {
    await submitContactMessage(
      {
        name: "Camille Martin",
        email: "camille.martin@sante-logiciels.example",
        topic: "account",
        message: "Je n’arrive plus à me connecter depuis ce matin.",
      },
      "fr",
      { kind: "anonymous" },
      {},
    );
    const [message] = await listContactMessages(w.actors.support);
    expect(message).toMatchObject({ personName: "Camille Martin", companyName: "Santé Logiciels SAS", handledAt: null });
    await markMessageHandled(w.actors.support, message.id);
    expect(await listContactMessages(w.actors.support)).toEqual([]);
    expect((await listContactMessages(w.actors.support, "handled"))[0]).toMatchObject({ handledBy: "Hugo Moreau" });
    await expect(markMessageHandled(w.actors.support, message.id)).rejects.toBeInstanceOf(ActionError);
    await expect(listContactMessages(w.actors.contributorNone)).rejects.toBeInstanceOf(NotFoundError);
  });
});
