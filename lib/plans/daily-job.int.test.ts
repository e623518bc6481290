import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, evaluations } from "@/db/schema";
import { enqueueEmailOnce } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, grantProduct, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { validateEvaluation } from "@/lib/evaluations/validate";
import { seedDemo } from "@/tests/integration/fixtures";
import { runDailyJob } from "./daily-job";
import { saveLine } from "./save";

// Interoperability 2025.1: every deadline is 2025-12-31, 46 days after this "today".
const TODAY = "2025-11-15";

/** A validated interoperability evaluation, and two commitments: one due in 2025-T3 (ended: late), one in 2026-T1. */
async function planWithALateCommitment() {
  const responsable = await userNamed("demo.responsable");
  const owner = await userNamed("demo.contributeur");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  await answerQualifiers(responsable, id);
  await answer(responsable, id, "INT-CISIS-01", level("1", { plannedDate: "2026-03-01" }));
  await answer(responsable, id, "INT-FHIR-01", level("3"));
  await answer(responsable, id, "INT-TERM-01", level("0"));
  await answer(responsable, id, "INT-EXP-01", level("4"));
  const [{ revision }] = await getDb().select({ revision: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id));
  await validateEvaluation(responsable, { evaluationId: id, revision });
  await grantProduct(owner, product.id, "draft");
  const line = { subject: product.id, baseRevision: 0, plannedLevel: 3, note: "" };
  await saveLine(responsable, { ...line, requirementId: "INT-TERM-01", plannedQuarter: "2025-T3", ownerId: owner.id }, "2025-06-01");
  await saveLine(responsable, { ...line, requirementId: "INT-CISIS-01", plannedQuarter: "2026-T1", ownerId: owner.id }, "2025-06-01");
  return { responsable, owner, product };
}

const mailsTo = (to: string, template: string) =>
  getDb()
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.template, template)));

describe("the plans' daily job", () => {
  beforeEach(seedDemo);

  it("emails a late commitment's owner and the Responsable once, and the Responsable one digest a day, however often it runs", async () => {
    const { responsable, owner } = await planWithALateCommitment();

    const first = await runDailyJob(getDb(), TODAY);
    expect(first).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ template: "plans.commitmentLate", to: owner.email }),
        expect.objectContaining({ template: "plans.commitmentLate", to: responsable.email }),
        expect.objectContaining({ template: "plans.deadlineDigest", to: responsable.email, key: expect.stringContaining(TODAY) }),
      ]),
    );
    // Run again, then twice at once (two instances): nothing more is queued.
    expect(await runDailyJob(getDb(), TODAY)).toEqual([]);
    expect(await Promise.all([runDailyJob(getDb(), TODAY), runDailyJob(getDb(), TODAY)])).toEqual([[], []]);

    const toOwner = await mailsTo(owner.email, "plans.commitmentLate");
    const toResponsable = await mailsTo(responsable.email, "plans.commitmentLate");
    // Only the commitment whose quarter has ended: INT-CISIS-01 (2026-T1) is not late.
    expect(toOwner.map((m) => m.payload.requirementId)).toEqual(["INT-TERM-01"]);
    expect(toResponsable.map((m) => m.payload.requirementId)).toEqual(["INT-TERM-01"]);
    expect(await mailsTo(responsable.email, "plans.deadlineDigest")).toHaveLength(1);
    expect(await mailsTo(owner.email, "plans.deadlineDigest")).toHaveLength(0);

    // What the owner reads, in their language, and the digest's lines.
    const late = await renderEmail(toOwner[0].template, toOwner[0].locale, toOwner[0].payload);
    expect(late.text).toMatch(/INT-TERM-01/);
    expect(late.text).toMatch(/T3\s2025|Q3\s2025/);
    const [digestRow] = await mailsTo(responsable.email, "plans.deadlineDigest");
    const digest = await renderEmail(digestRow.template, digestRow.locale, digestRow.payload);
    expect(digest.text).toMatch(/INT-CISIS-01/);
    expect(digest.text).toMatch(/INT-TERM-01/);

    // The next day: no new late email, but a new digest.
    const nextDay = await runDailyJob(getDb(), "2025-11-16");
    expect(nextDay.map((q) => q.template)).toEqual(expect.arrayContaining(["plans.deadlineDigest"]));
    expect(nextDay.filter((q) => q.template === "plans.commitmentLate")).toEqual([]);
  });

  it("queues nothing for a commitment that is not late and deadlines more than 90 days away", async () => {
    const { responsable, owner } = await planWithALateCommitment();
    // 2025-08-01: INT-TERM-01 is due at the end of 2025-T3, the deadline 2025-12-31 is 152 days away.
    await runDailyJob(getDb(), "2025-08-01");
    expect(await mailsTo(owner.email, "plans.commitmentLate")).toEqual([]);
    expect(await mailsTo(responsable.email, "plans.commitmentLate")).toEqual([]);
    expect(await mailsTo(responsable.email, "plans.deadlineDigest")).toEqual([]);
  });

  it("relies on the database, not on the lock, for once: two transactions queuing the same key at once queue one email", async () => {
    const email = {
      to: "someone@example.test",
      locale: "fr" as const,
      template: "contact.acknowledgement" as const,
      idempotencyKey: "test:once",
    };
    const payload = { reference: "CONTACT-1", name: "Camille", email: "someone@example.test", topic: "other" };
    const results = await Promise.all([1, 2].map(() => getDb().transaction((tx) => enqueueEmailOnce(tx, { ...email, payload }))));
    expect(results.sort()).toEqual([false, true]);
    expect(await mailsTo(email.to, email.template)).toHaveLength(1);
  });
});
