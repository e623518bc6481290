import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { startEvaluation } from "@/lib/evaluations/start";
import { answer, answerQualifiers, level, productNamed, userNamed } from "@/lib/evaluations/test-support";
import { validateEvaluation } from "@/lib/evaluations/validate";
import { seedDemo } from "@/tests/integration/fixtures";
import { planCsv, planExport, planPdf, planXlsx } from "./export";
import { getPlan } from "./load";
import { saveLine } from "./save";
import { validatePlan } from "./validate";

const TODAY = "2026-12-02";

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

type Word = { x0: number; y0: number; x1: number; y1: number; text: string };

/** Each page's words with their boxes, in points (pdftotext -bbox). */
function pageWords(file: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"]).toString();
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: +m[1],
        y0: +m[2],
        x1: +m[3],
        y1: +m[4],
        text: m[5],
      })),
    );
}

/**
 * The white space between a summary label and its value, on the label's first line: less
 * than a column gutter and the two read as one sentence.
 */
function gapBeforeValue(file: string, label: string, valueStart: string): number {
  for (const words of pageWords(file))
    for (const w of words.filter((x) => x.text === label.split(" ")[0])) {
      const line = words.filter((x) => Math.abs(x.y0 - w.y0) < 0.5 && x.x0 >= w.x0).sort((a, b) => a.x0 - b.x0);
      const value = line.findIndex((x) => x.text === valueStart);
      if (value > 0 && line.slice(0, value).every((x) => label.includes(x.text))) return line[value].x0 - line[value - 1].x1;
    }
  throw new Error(`"${label}" not found`);
}

/** Pairs of words whose boxes intersect on a page: text drawn over text. */
function overlappingWords(file: string): string[] {
  const overlaps: string[] = [];
  for (const words of pageWords(file)) {
    // A small tolerance: glyph boxes of neighbouring lines touch.
    const e = 0.5;
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i];
        const b = words[j];
        if (a.x0 + e < b.x1 && b.x0 + e < a.x1 && a.y0 + e < b.y1 && b.y0 + e < a.y1) overlaps.push(`${a.text} / ${b.text}`);
      }
  }
  return overlaps;
}

async function plannedProduct() {
  const responsable = await userNamed("demo.responsable");
  const product = await productNamed("Dossier Patient", "Windows");
  const { id } = await startEvaluation(responsable, { theme: "interoperability", productId: product.id, version: "2025.1" });
  await answerQualifiers(responsable, id);
  await answer(responsable, id, "INT-CISIS-01", level("1", { plannedDate: "2027-03-01" }));
  await answer(responsable, id, "INT-FHIR-01", level("3"));
  await answer(responsable, id, "INT-TERM-01", level("0"));
  await answer(responsable, id, "INT-EXP-01", level("4"));
  const { evaluations } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const [{ revision }] = await getDb().select({ revision: evaluations.revision }).from(evaluations).where(eq(evaluations.id, id));
  await validateEvaluation(responsable, { evaluationId: id, revision });
  const saved = await saveLine(
    responsable,
    {
      subject: product.id,
      requirementId: "INT-CISIS-01",
      baseRevision: 0,
      plannedLevel: 3,
      plannedQuarter: "2027-T3",
      ownerId: responsable.id,
      note: "Refonte = CI-SIS",
    },
    TODAY,
  );
  await validatePlan(responsable, { subject: product.id, revision: saved.planRevision }, {}, TODAY);
  return { responsable, product };
}

describe("plan exports", () => {
  beforeEach(seedDemo);

  it("writes the commitments as CSV (French formats, formulas neutralised) and XLSX (numbers and dates typed)", async () => {
    const { responsable, product } = await plannedProduct();
    const data = planExport(await getPlan(getDb(), responsable, { productId: product.id }, TODAY), "fr");
    const csv = planCsv(data);
    expect(csv.split("\r\n")[0]).toContain("Thème;Exigence;Intitulé;Obligatoire;Niveau actuel");
    expect(csv).toContain("Interopérabilité;INT-CISIS-01;");
    expect(csv).toContain(";1;3;31/12/2025;3;T3\u00a02027;Camille Martin;");
    const xlsx = unzipSync(new Uint8Array(await planXlsx(data)));
    const sheet = strFromU8(xlsx["xl/worksheets/sheet1.xml"]);
    // Levels are numbers (no t="s"/inlineStr), the deadline a date serial with a date style.
    expect(sheet).toMatch(/<c r="E2"[^>]*><v>1<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="G2" s="\d+"><v>46022<\/v><\/c>/);
  });

  it.skipIf(!hasPdftotext())(
    "writes a PDF with the company, product, compliance date, commitments by quarter and who validated",
    { timeout: 240_000 },
    async () => {
      const { responsable, product } = await plannedProduct();
      const view = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
      const dir = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
      const file = path.join(dir, "plan.pdf");
      writeFileSync(file, await planPdf(planExport(view, "fr")));
      const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
      expect(text).toContain("Plan de convergence");
      expect(text).toContain("Santé Logiciels SAS — Dossier Patient 5.2 — Windows, Poste de travail");
      expect(text).toContain("Interopérabilité score actuel 54,2 — Conforme au T3 2027");
      expect(text).toContain("par Camille Martin");
      expect(text).toContain("T3 2027 INT-CISIS-01");
      expect(text).toContain("Engagements par trimestre");
    },
  );

  it.skipIf(!hasPdftotext())(
    "lays the PDF out with no word drawn over another, in French and in English",
    { timeout: 240_000 },
    async () => {
      const { responsable, product } = await plannedProduct();
      const view = await getPlan(getDb(), responsable, { productId: product.id }, TODAY);
      const dir = mkdtempSync(path.join(tmpdir(), "plan-pdf-"));
      for (const locale of ["fr", "en"] as const) {
        const file = path.join(dir, `plan-${locale}.pdf`);
        writeFileSync(file, await planPdf(planExport(view, locale)));
        if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-${locale}.pdf`, await planPdf(planExport(view, locale)));
        expect(overlappingWords(file)).toEqual([]);
        const label = planExport(view, locale).t("export.product");
        expect(gapBeforeValue(file, label, "Date")).toBeGreaterThanOrEqual(8);
      }
    },
  );
});
