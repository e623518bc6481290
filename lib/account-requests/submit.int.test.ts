import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountRequestEvents, accountRequests, auditEvents, documents, emailOutbox } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { MAX_PDF_BYTES } from "@/lib/documents/pdf";
import { MINIMAL_PDF, PNG_BYTES, pdfFile } from "@/lib/documents/test-fixtures";
import { renderEmail } from "@/lib/email/render";
import { seedDemo } from "@/tests/integration/fixtures";
import { submitRequestSchema } from "./schema";
import { isSirenOnPlatform } from "./siren";
import { submitted } from "./test-fixtures";

async function refusal(file: File): Promise<string[]> {
  const error = await submitted({}, file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).fieldErrors.authorisation;
}

describe("submitting an account request", () => {
  beforeEach(seedDemo);

  it("numbers it DEM-<year>-<6 digits>, stores it with its PDF, its history, the acknowledgement and the audit event", async () => {
    const first = await submitted();
    const second = await submitted({ email: "autre@telesante.example" });
    const year = new Date().getFullYear();
    expect(first.reference).toMatch(new RegExp(`^DEM-${year}-\\d{6}$`));
    // Consecutive numbers from the sequence.
    expect(Number(second.reference.slice(-6))).toBe(Number(first.reference.slice(-6)) + 1);
    expect(first.sirenKnown).toBe(false);

    const [row] = await getDb().select().from(accountRequests).where(eq(accountRequests.id, first.id));
    expect(row).toMatchObject({
      status: "pending",
      revision: 1,
      siren: "732829320",
      isLegalRepresentative: false,
      termsVersion: "2026-01",
      locale: "fr",
    });
    const [doc] = await getDb().select().from(documents).where(eq(documents.id, row.authorisationDocumentId!));
    expect(doc).toMatchObject({ mimeType: "application/pdf", name: "autorisation.pdf", size: MINIMAL_PDF.length });
    expect(Buffer.from(doc.bytes).toString("latin1")).toBe(MINIMAL_PDF);
    expect(await getDb().select().from(accountRequestEvents).where(eq(accountRequestEvents.requestId, first.id))).toHaveLength(1);

    const [email] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "elodie.legall@telesante.example"));
    const rendered = await renderEmail(email.template, email.locale, email.payload);
    expect(rendered.subject).toContain(first.reference);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.entityId, first.id));
    expect(event).toMatchObject({ action: "account_request.submitted", ip: "127.0.0.1" });
  });

  it("needs no document from the legal representative", async () => {
    const { id } = await submitted({ isLegalRepresentative: "yes" }, undefined);
    const [row] = await getDb().select().from(accountRequests).where(eq(accountRequests.id, id));
    expect(row.authorisationDocumentId).toBeNull();
  });

  it("refuses a PNG renamed .pdf, a 6 MB file and an empty file, and stores nothing", async () => {
    expect(await refusal(new File([PNG_BYTES], "autorisation.pdf", { type: "application/pdf" }))).toEqual([
      "accountRequest.errors.file.notPdf",
    ]);
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(new TextEncoder().encode(MINIMAL_PDF));
    big.set(new TextEncoder().encode("\nstartxref\n1\n%%EOF\n"), big.length - 30);
    expect(big.length).toBeGreaterThan(MAX_PDF_BYTES);
    expect(await refusal(new File([big], "scan.pdf", { type: "application/pdf" }))).toEqual(["accountRequest.errors.file.tooLarge"]);
    expect(await refusal(new File([], "vide.pdf", { type: "application/pdf" }))).toEqual(["accountRequest.errors.file.empty"]);
    expect(await getDb().select().from(accountRequests)).toHaveLength(0);
    expect(await getDb().select().from(documents)).toHaveLength(0);
    expect(await getDb().select().from(emailOutbox)).toHaveLength(0);
  });

  it("says a SIREN is on the platform without naming the company", async () => {
    expect(await isSirenOnPlatform("812 345 676")).toBe(true);
    expect(await isSirenOnPlatform("732829320")).toBe(false);
    expect(await isSirenOnPlatform("123456789")).toBe(false);
    expect((await submitted({ siren: "812345676" })).sirenKnown).toBe(true);
  });
});

describe("the request form's validation", () => {
  it("reports every field at once, the missing document included, with i18n keys", () => {
    const result = submitRequestSchema.safeParse({
      siren: "812345677",
      legalName: "",
      addressLine: "x",
      postalCode: "6900",
      city: "Lyon",
      firstName: "A",
      lastName: "B",
      email: "nope",
      phone: "12",
      jobTitle: "CTO",
      isLegalRepresentative: "no",
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toMatchObject({
      siren: "accountRequest.errors.siren",
      postalCode: "accountRequest.errors.postalCode",
      phone: "accountRequest.errors.phone",
      acceptTerms: "accountRequest.errors.terms",
      authorisation: "accountRequest.errors.file.required",
    });
    expect(Object.keys(byField)).toEqual(expect.arrayContaining(["legalName", "email"]));
  });

  it("checks the size of a chosen file along with the other fields", () => {
    const result = submitRequestSchema.safeParse({ isLegalRepresentative: "no", authorisation: new File([], "vide.pdf") });
    const issue = result.error!.issues.find((i) => i.path[0] === "authorisation");
    expect(issue?.message).toBe("accountRequest.errors.file.empty");
    expect(
      submitRequestSchema
        .safeParse({ isLegalRepresentative: "no", authorisation: pdfFile() })
        .error!.issues.some((i) => i.path[0] === "authorisation"),
    ).toBe(false);
  });
});

describe("an empty required field", () => {
  it("is reported as required only, not also as badly formatted", () => {
    const result = submitRequestSchema.safeParse({ siren: "", postalCode: "", email: "", phone: "", isLegalRepresentative: "no" });
    const messages = result
      .error!.issues.filter((i) => ["siren", "postalCode", "email", "phone"].includes(String(i.path[0])))
      .map((i) => [i.path[0], i.code]);
    expect(messages).toEqual([
      ["siren", "too_small"],
      ["postalCode", "too_small"],
      ["email", "too_small"],
      ["phone", "too_small"],
    ]);
    // The cross-field check still runs alongside.
    expect(result.error!.issues.some((i) => i.path[0] === "authorisation")).toBe(true);
  });
});
