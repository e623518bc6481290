import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountRequests, auditEvents, companies, documents, emailOutbox, tokens, users } from "@/db/schema";
import { ActionError, ForbiddenError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { renderEmail } from "@/lib/email/render";
import { checkToken } from "@/lib/tokens/tokens";
import { seedDemo } from "@/tests/integration/fixtures";
import { completeAccountRequest, openCompletion } from "./complete";
import { ALREADY_PROCESSED, approveRequest, askForInformation, rejectRequest } from "./decide";
import { getAccountRequest, getRequestDocument } from "./detail";
import { countByStatus, listAccountRequests, parseQueueQuery } from "./queue";
import { completeRequestSchema } from "./schema";
import { requestInput, submitted } from "./test-fixtures";

async function userNamed(username: string): Promise<AppUser> {
  const row = await findUserForLogin(getDb(), username);
  const { status: _s, passwordHash: _h, ...user } = row!;
  return user;
}

async function revisionOf(id: string): Promise<number> {
  const [row] = await getDb().select({ revision: accountRequests.revision }).from(accountRequests).where(eq(accountRequests.id, id));
  return row.revision;
}

async function emailsTo(address: string) {
  const rows = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
  return Promise.all(rows.map(async (r) => ({ ...r, rendered: await renderEmail(r.template, r.locale, r.payload) })));
}

const rawFromUrl = (url: string) => url.split("/").pop()!;

describe("operators deciding on account requests", () => {
  let operator: AppUser;
  beforeEach(async () => {
    await seedDemo();
    operator = await userNamed("demo.operateur");
  });

  it("approval creates the company, the Responsable with a generated username, a 7-day activation link, the email and the audit events", async () => {
    const { id } = await submitted();
    const result = await approveRequest(operator, { id, revision: 1 }, { ip: "10.0.0.1" });
    expect(result).toMatchObject({ username: "elodie.le-gall", role: "responsable" });

    const [company] = await getDb().select().from(companies).where(eq(companies.siren, "732829320"));
    expect(company).toMatchObject({ legalName: "Télé-Santé Conseil", city: "Bordeaux" });
    const [user] = await getDb().select().from(users).where(eq(users.username, "elodie.le-gall"));
    expect(user).toMatchObject({
      companyId: company.id,
      companyRole: "responsable",
      status: "invited",
      passwordHash: null,
      email: "elodie.legall@telesante.example",
    });
    const [request] = await getDb().select().from(accountRequests).where(eq(accountRequests.id, id));
    expect(request).toMatchObject({ status: "approved", revision: 2, companyId: company.id, userId: user.id, decidedById: operator.id });
    const [doc] = await getDb().select().from(documents).where(eq(documents.id, request.authorisationDocumentId!));
    expect(doc.companyId).toBe(company.id);

    const [activation] = (await emailsTo(user.email)).filter((e) => e.template === "account.activation");
    expect(activation.rendered.text).toContain("elodie.le-gall");
    const check = await checkToken(getDb(), "activation", rawFromUrl(activation.payload.url as string));
    expect(check.status).toBe("valid");
    if (check.status === "valid") expect((check.token.expiresAt.getTime() - Date.now()) / 86_400_000).toBeCloseTo(7, 1);
    const actions = (await getDb().select().from(auditEvents)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account_request.approved", "user.invited"]));
  });

  it("of two operators approving the same request at the same moment, one wins and nothing is created twice", async () => {
    const { id } = await submitted();
    const other = await userNamed("demo.operateur");
    const outcomes = await Promise.allSettled([approveRequest(operator, { id, revision: 1 }), approveRequest(other, { id, revision: 1 })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [loser] = outcomes.filter((o) => o.status === "rejected");
    expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(ActionError);
    expect(((loser as PromiseRejectedResult).reason as ActionError).messageKey).toBe(ALREADY_PROCESSED);
    expect(await getDb().select().from(companies).where(eq(companies.siren, "732829320"))).toHaveLength(1);
    expect(await getDb().select().from(users).where(eq(users.email, "elodie.legall@telesante.example"))).toHaveLength(1);
    expect(await getDb().select().from(tokens).where(eq(tokens.purpose, "activation"))).toHaveLength(1);
    expect(await revisionOf(id)).toBe(2);
  });

  it("refuses a decision taken on a stale revision, and any decision on a closed request", async () => {
    const { id } = await submitted();
    await rejectRequest(operator, { id, revision: 1, reason: "Le SIREN ne correspond pas à la raison sociale." });
    await expect(approveRequest(operator, { id, revision: 1 })).rejects.toMatchObject({ messageKey: ALREADY_PROCESSED });
    await expect(approveRequest(operator, { id, revision: 2 })).rejects.toMatchObject({ messageKey: ALREADY_PROCESSED });
    expect(await getDb().select().from(companies).where(eq(companies.siren, "732829320"))).toHaveLength(0);
  });

  it("rejection emails the reason to the requester", async () => {
    const { id } = await submitted();
    await rejectRequest(operator, { id, revision: 1, reason: "Le formulaire d’autorisation n’est pas signé." });
    const [email] = await emailsTo("elodie.legall@telesante.example").then((all) =>
      all.filter((e) => e.template === "accountRequest.rejected"),
    );
    expect(email.rendered.text).toContain("Le formulaire d’autorisation n’est pas signé.");
    const detail = await getAccountRequest(operator, id);
    expect(detail.request).toMatchObject({ status: "rejected", decisionReason: "Le formulaire d’autorisation n’est pas signé." });
    expect(detail.events.map((e) => e.kind)).toEqual(["submitted", "rejected"]);
  });

  it("asking for information sends a single-use link; the completed request comes back pending with its history", async () => {
    const { id, reference } = await submitted();
    await askForInformation(operator, { id, revision: 1, message: "Merci de joindre un formulaire signé et daté." });
    const [email] = (await emailsTo("elodie.legall@telesante.example")).filter((e) => e.template === "accountRequest.infoRequested");
    expect(email.rendered.text).toContain("Merci de joindre un formulaire signé et daté.");
    const raw = rawFromUrl(email.payload.url as string);
    const opened = await openCompletion(raw);
    expect(opened).toMatchObject({
      status: "valid",
      message: "Merci de joindre un formulaire signé et daté.",
      documentName: "autorisation.pdf",
    });

    const input = completeRequestSchema.parse({
      ...requestInput({ phone: "05 56 11 22 33" }),
      token: raw,
      hasDocument: "yes",
      response: "Formulaire signé joint.",
    });
    expect(await completeAccountRequest(input)).toEqual({ reference });
    const detail = await getAccountRequest(operator, id);
    expect(detail.request).toMatchObject({ status: "pending", revision: 3, phone: "05 56 11 22 33" });
    expect(detail.events.map((e) => [e.kind, e.message])).toEqual([
      ["submitted", null],
      ["info_requested", "Merci de joindre un formulaire signé et daté."],
      ["completed", "Formulaire signé joint."],
    ]);
    // The link served once.
    expect((await openCompletion(raw)).status).toBe("used");
    await expect(completeAccountRequest(input)).rejects.toMatchObject({ messageKey: "accountRequest.complete.linkUnusable" });
    // Back in the queue of pending requests.
    const { query, filters } = parseQueueQuery({});
    expect((await listAccountRequests(operator, query, filters)).rows.map((r) => r.reference)).toEqual([reference]);
  });

  it("for a SIREN already on the platform, approval needs the explicit choice and adds the requester as a contributor", async () => {
    const { id } = await submitted({ siren: "812345676", legalName: "Santé Logiciels" });
    const detail = await getAccountRequest(operator, id);
    expect(detail.warnings.existingCompany).toMatchObject({ legalName: "Santé Logiciels SAS", hasResponsable: true });
    await expect(approveRequest(operator, { id, revision: 1 })).rejects.toMatchObject({
      messageKey: "operatorRequests.errors.chooseCompany",
    });
    expect(await revisionOf(id)).toBe(1);
    const result = await approveRequest(operator, { id, revision: 1, companyChoice: "existing" });
    expect(result.role).toBe("contributor");
    expect(await getDb().select().from(companies).where(eq(companies.siren, "812345676"))).toHaveLength(1);
    const [user] = await getDb().select().from(users).where(eq(users.username, result.username));
    expect(user).toMatchObject({ companyId: detail.warnings.existingCompany!.id, companyRole: "contributor" });
  });

  it("warns about another open request for the same SIREN and an email already in use, and refuses to approve the latter", async () => {
    const first = await submitted();
    const second = await submitted({ email: "Camille.Martin@sante-logiciels.example" });
    const detail = await getAccountRequest(operator, second.id);
    expect(detail.warnings.otherOpenRequests.map((o) => o.id)).toEqual([first.id]);
    expect(detail.warnings.emailInUse).toBe(true);
    await expect(approveRequest(operator, { id: second.id, revision: 1 })).rejects.toMatchObject({
      messageKey: "operatorRequests.errors.emailInUse",
    });
    expect(await getDb().select().from(companies).where(eq(companies.siren, "732829320"))).toHaveLength(0);
  });

  it("once approved, warns about neither the company nor the account the request created", async () => {
    const { id } = await submitted();
    await approveRequest(operator, { id, revision: 1 });
    const detail = await getAccountRequest(operator, id);
    expect(detail.warnings).toMatchObject({ existingCompany: null, emailInUse: false, blocking: false });

    const attached = await submitted({ siren: "812345676", legalName: "Santé Logiciels", email: "nouveau@sante-logiciels.example" });
    await approveRequest(operator, { id: attached.id, revision: 1, companyChoice: "existing" });
    expect((await getAccountRequest(operator, attached.id)).warnings).toMatchObject({
      existingCompany: null,
      emailInUse: false,
      blocking: false,
    });
  });

  it("an email already used blocks approval only while the request is open", async () => {
    const { id } = await submitted({ email: "camille.martin@sante-logiciels.example" });
    expect((await getAccountRequest(operator, id)).warnings).toMatchObject({ emailInUse: true, blocking: true });
    await rejectRequest(operator, { id, revision: 1, reason: "Adresse déjà utilisée par un compte." });
    expect((await getAccountRequest(operator, id)).warnings).toMatchObject({ emailInUse: true, blocking: false });
  });

  it("counts the requests per state and flags those pending for more than five working days", async () => {
    const old = await submitted({ email: "ancien@exemple.example" });
    const fresh = await submitted({ email: "recent@exemple.example", siren: "552100554" });
    const rejected = await submitted({ email: "refus@exemple.example", siren: "443061841" });
    await rejectRequest(operator, { id: rejected.id, revision: 1, reason: "Société inconnue au répertoire." });
    // Three calendar weeks ago is more than five working days whatever the holidays.
    await getDb()
      .update(accountRequests)
      .set({ createdAt: new Date(Date.now() - 21 * 86400_000) })
      .where(eq(accountRequests.id, old.id));
    expect(await countByStatus(operator)).toEqual({ pending: 2, info_requested: 0, approved: 0, rejected: 1 });
    const { query, filters } = parseQueueQuery({});
    const rows = (await listAccountRequests(operator, query, filters)).rows;
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([
      [old.id, true],
      [fresh.id, false],
    ]);
    await expect(countByStatus(await userNamed("demo.support"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countByStatus(await userNamed("demo.responsable"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets only operators see or decide, and the document only through them", async () => {
    const { id } = await submitted();
    for (const username of ["demo.support", "demo.responsable"]) {
      const someone = await userNamed(username);
      await expect(getAccountRequest(someone, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveRequest(someone, { id, revision: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getRequestDocument(someone, id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getRequestDocument(null, id)).rejects.toBeInstanceOf(ForbiddenError);
    const doc = await getRequestDocument(operator, id);
    expect(Buffer.from(doc.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      await getDb()
        .select()
        .from(accountRequests)
        .where(and(eq(accountRequests.id, id), eq(accountRequests.status, "pending"))),
    ).toHaveLength(1);
  });

  it("the queue sorts, filters by status and free text, and paginates in the database", async () => {
    const a = await submitted({ legalName: "Zeta Santé", email: "a@zeta.example" });
    const b = await submitted({ legalName: "Alpha Médical", email: "b@alpha.example", siren: "552100554" });
    const c = await submitted({ legalName: "Mu Logiciels", email: "c@mu.example", siren: "443061841" });
    await rejectRequest(operator, { id: c.id, revision: 1, reason: "Demande en double, déjà traitée." });

    const list = (params: Record<string, string>) => {
      const { query, filters } = parseQueueQuery(params);
      return listAccountRequests(operator, query, filters);
    };
    expect((await list({})).rows.map((r) => r.id)).toEqual([a.id, b.id]);
    expect((await list({ sort: "company", dir: "asc" })).rows.map((r) => r.legalName)).toEqual(["Alpha Médical", "Zeta Santé"]);
    expect((await list({ status: "" })).total).toBe(3);
    expect((await list({ status: "rejected" })).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await list({ status: "", q: "alpha" })).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await list({ status: "", q: "443 061" })).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await list({ status: "", q: a.reference })).rows.map((r) => r.id)).toEqual([a.id]);
    const page2 = await list({ status: "", size: "10", page: "2" });
    expect(page2).toMatchObject({ rows: [], total: 3 });
  });
});
