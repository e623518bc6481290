import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, evaluations, products, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { seedDemo } from "@/tests/integration/fixtures";
import { evaluationCsv } from "./export/csv";
import { getExportData } from "./export/data";
import { evaluationPdf } from "./export/pdf";
import { evaluationXlsx } from "./export/xlsx";
import { getEvaluation } from "./load";
import { getResults } from "./results";
import { saveAnswer } from "./save";
import { nationalAverages } from "./snapshots";
import { startEvaluation } from "./start";
import { answer, answerQualifiers, level, productNamed, userNamed } from "./test-support";
import { previewUpgrade, upgradeEvaluation } from "./upgrade";
import { validateEvaluation } from "./validate";

const revision = async (id: string) =>
  (await getDb().select({ r: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id)))[0].r;

async function validated(user: Awaited<ReturnType<typeof userNamed>>, productId: string, exp: "3" | "4" | "0" = "4") {
  const { id } = await startEvaluation(user, { theme: "interoperability", productId, version: "2025.1" });
  await answerQualifiers(user, id);
  for (const item of ["INT-CISIS-01", "INT-FHIR-01", "INT-TERM-01"]) await answer(user, id, item, level("3"));
  await answer(user, id, "INT-EXP-01", level(exp, { comment: "=SOMME(A1); export complet" }));
  await validateEvaluation(user, { evaluationId: id, revision: await revision(id) });
  return id;
}

describe("starting, upgrading, results and exports", () => {
  beforeEach(seedDemo);

  it("starts one evaluation per subject on the newest version, and none for an archived product", async () => {
    const responsable = await userNamed("demo.responsable");
    const product = await productNamed("Dossier Patient", "iOS");
    const first = await startEvaluation(responsable, { theme: "security", productId: product.id });
    const again = await startEvaluation(responsable, { theme: "security", productId: product.id });
    expect(again).toEqual({ id: first.id, created: false });
    expect((await getEvaluation(getDb(), responsable, first.id)).version).toBe("2025.1");
    const interop = await startEvaluation(responsable, { theme: "interoperability", productId: product.id });
    expect((await getEvaluation(getDb(), responsable, interop.id)).version).toBe("2026.1");

    const strategy = await startEvaluation(responsable, { theme: "strategy" });
    expect((await getEvaluation(getDb(), responsable, strategy.id)).product).toBeNull();

    await getDb().update(products).set({ status: "archived" }).where(eq(products.id, product.id));
    await expect(startEvaluation(responsable, { theme: "urbanisation", productId: product.id })).rejects.toMatchObject({
      messageKey: "evaluations.errors.archived",
    });
    await expect(
      saveAnswer(responsable, { evaluationId: first.id, itemId: "SEC-GOV-01", baseRevision: 0, level: "3" }),
    ).rejects.toBeInstanceOf(ActionError);
  });

  it("moves to a newer version carrying answers, comments and dates, and freezes the old one", async () => {
    const responsable = await userNamed("demo.responsable");
    const product = await productNamed("Dossier Patient", "Windows");
    const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
    await answerQualifiers(responsable, id, { "care-settings": ["other"], "exposes-api": true, "produces-documents": true });
    await answer(responsable, id, "INT-FHIR-01", level("1", { plannedDate: "2026-06-30", comment: "Feuille de route 2026" }));
    await answer(responsable, id, "INT-TERM-02", level("2", { plannedDate: "2026-03-31" }));

    const preview = await previewUpgrade(getDb(), responsable, id);
    expect(preview.plan).toMatchObject({ from: "2025.1", to: "2026.1" });
    expect(preview.plan.carried).toEqual(["INT-FHIR-01", "exposes-api", "produces-documents"]);
    expect(preview.plan.dropped).toEqual([
      { id: "INT-TERM-02", reason: "removed" },
      { id: "care-settings", reason: "invalid-value" },
    ]);
    expect(preview.plan.added).toEqual(expect.arrayContaining(["INT-FHIR-02", "INT-DMP-03"]));

    const { id: next } = await upgradeEvaluation(responsable, { evaluationId: id });
    const view = await getEvaluation(getDb(), responsable, next);
    expect(view).toMatchObject({ version: "2026.1", status: "draft", upgradedFromId: id, newerVersion: null });
    expect(view.answers["INT-FHIR-01"]).toMatchObject({ level: 1, plannedDate: "2026-06-30", comment: "Feuille de route 2026" });
    expect(view.answers["care-settings"]).toBeUndefined();

    const old = await getEvaluation(getDb(), responsable, id);
    expect(old).toMatchObject({ supersededById: next, can: { edit: false, upgrade: false } });
    await expect(saveAnswer(responsable, { evaluationId: id, itemId: "prescribes", baseRevision: 0, value: "true" })).rejects.toMatchObject(
      { messageKey: "evaluations.errors.superseded" },
    );
    await expect(upgradeEvaluation(responsable, { evaluationId: id })).rejects.toMatchObject({
      messageKey: "evaluations.errors.superseded",
    });
    // Starting again lands on the current (newest) evaluation.
    expect(await startEvaluation(responsable, { theme: "interoperability", productId: product.id })).toEqual({ id: next, created: false });
  });

  it("shows a national average only when at least five companies contribute, from each subject's latest snapshot", async () => {
    const responsable = await userNamed("demo.responsable");
    const medisoft = await userNamed("demo.medisoft");
    await validated(responsable, (await productNamed("Dossier Patient", "Windows")).id, "4");
    await validated(medisoft, (await productNamed("Agenda Santé")).id, "0");
    expect((await nationalAverages(getDb())).interoperability).toBeUndefined();
    const results = await getResults(getDb(), responsable, (await getDb().select().from(evaluations))[0].id);
    expect(results.national).toBeNull();

    // Three more companies, each with a Responsable and a product.
    for (const n of [1, 2, 3]) {
      const siren = ["532107186", "418256320", "732829320"][n - 1];
      const [company] = await getDb()
        .insert(companies)
        .values({ siren, legalName: `Éditeur ${n}`, addressLine: "1 rue", postalCode: "75001", city: "Paris" })
        .returning();
      const [user] = await getDb()
        .insert(users)
        .values({
          username: `resp${n}`,
          email: `resp${n}@example.test`,
          firstName: "R",
          lastName: `${n}`,
          companyId: company.id,
          companyRole: "responsable",
          status: "active",
        })
        .returning();
      const [product] = await getDb()
        .insert(products)
        .values({ companyId: company.id, kind: "base", name: `Produit ${n}`, version: "1", os: "Web", device: "Website" })
        .returning();
      await validated(await userNamed(user.username), product.id, "3");
    }
    // Score = 100 × (CISIS 3×2 + FHIR 3 + TERM 3 + EXP x×2) / 24: x=4 → 83.3…, x=0 → 50, x=3 → 75.
    const average = (await nationalAverages(getDb())).interoperability!;
    expect(average.companies).toBe(5);
    expect(average.average).toBeCloseTo((2000 / 24 + 50 + 75 * 3) / 5, 6);
  });

  it("exports every item with its answer, comment, level and score as CSV, XLSX and PDF", async () => {
    const responsable = await userNamed("demo.responsable");
    const id = await validated(responsable, (await productNamed("Dossier Patient", "Windows")).id);
    const data = await getExportData(getDb(), responsable, id, "fr");
    expect(data.rows).toHaveLength(27); // 8 qualifiers + 19 requirements of 2025.1

    const csv = evaluationCsv(data);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines[0]).toContain("Identifiant;Type;Intitulé");
    const exp = lines.find((l) => l.includes("INT-EXP-01"))!;
    expect(exp).toContain("Réalisé et vérifié");
    // A comment that looks like a formula is neutralised; the item score is out of 100.
    expect(exp).toContain("'=SOMME(A1); export complet");
    expect(exp).toMatch(/;100;/);
    expect(lines.some((l) => l.startsWith("Score du thème (sur 100);83,3"))).toBe(true);

    const xlsx = await evaluationXlsx(data);
    const files = unzipSync(new Uint8Array(xlsx));
    const strings = strFromU8(files["xl/sharedStrings.xml"]);
    expect(strings).toContain("=SOMME(A1); export complet");
    expect(strings).toContain("INT-EXP-01");
    expect(Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))).toHaveLength(2);

    const pdf = await evaluationPdf(data);
    expect(new TextDecoder("latin1").decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it("writes figures and days as the reader reads them (CSV, PDF) and as numbers and dates (XLSX)", async () => {
    const responsable = await userNamed("demo.responsable");
    const { id } = await startEvaluation(responsable, {
      theme: "interoperability",
      productId: (await productNamed("Dossier Patient", "Windows")).id,
      version: "2025.1",
    });
    await answerQualifiers(responsable, id);
    await answer(responsable, id, "INT-CISIS-01", level("3"));
    await answer(responsable, id, "INT-FHIR-01", level("1", { plannedDate: "2026-12-31" }));
    await answer(responsable, id, "INT-TERM-01", level("2", { plannedDate: "2026-06-30" }));
    await answer(responsable, id, "INT-EXP-01", level("4"));
    // 100 × (3×2 + 1 + 2 + 4×2) / 24 = 70.83…
    const fr = await getExportData(getDb(), responsable, id, "fr");
    const en = await getExportData(getDb(), responsable, id, "en");

    const csvLines = evaluationCsv(fr).split("\r\n");
    expect(csvLines).toContain("Score du thème (sur 100);70,8");
    expect(csvLines.find((l) => l.includes(";INT-FHIR-01;"))).toContain(";31/12/2026;");
    expect(evaluationCsv(en).split("\r\n")).toContain("Theme score (out of 100);70.8");

    const pdfText = async (bytes: Buffer) =>
      (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, " ");
    const frText = await pdfText(await evaluationPdf(fr));
    expect(frText).toContain("Dossier Patient 5.2 — Windows, Poste de travail");
    expect(frText).toContain("Score du thème (sur 100) 70,8");
    expect(frText).not.toContain("70.8");
    // The gaps table has its column headers, and the arrow survives (it printed "’" with Helvetica).
    expect(frText).toContain("Exigence Intitulé Obligatoire Niveau actuel → cible Échéance");
    expect(frText).toMatch(/INT-FHIR-01 .* 1 → \d/);
    expect(await pdfText(await evaluationPdf(en))).toContain("Theme score (out of 100) 70.8");

    const files = unzipSync(new Uint8Array(await evaluationXlsx(fr)));
    const strings = [...strFromU8(files["xl/sharedStrings.xml"]).matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)?<\/si>/g)].map((m) => m[1] ?? "");
    const cells = (sheet: string) =>
      new Map(
        [
          ...strFromU8(files[`xl/worksheets/${sheet}.xml`]).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?[^]*?<\/c>)/g),
        ].map((m) => {
          const shared = /t="s"/.test(m[2]);
          return [m[1], shared ? { text: strings[Number(m[3])] } : { number: m[3] === undefined ? undefined : Number(m[3]) }];
        }),
      );
    const summary = cells("sheet1");
    const scoreRow = [...summary].find(([, v]) => "text" in v && v.text === "Score du thème (sur 100)")![0].replace(/^A/, "");
    expect(summary.get(`B${scoreRow}`)).toEqual({ number: 70.8 });
    const items = cells("sheet2");
    const fhirRow = [...items].find(([ref, v]) => ref.startsWith("B") && "text" in v && v.text === "INT-FHIR-01")![0].slice(1);
    expect(items.get(`J${fhirRow}`)).toEqual({ number: (Date.UTC(2026, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000 });
    expect(items.get(`H${fhirRow}`)).toEqual({ number: 1 });
    expect(items.get(`M${fhirRow}`)).toEqual({ number: 25 });
  }, 180_000); // two PDF renderings with an embedded font: slow on a loaded machine
});
