import { createElement as h } from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { PDF_FONT, registerPdfFonts } from "./fonts";

// The font embedded in every report must carry the glyphs French figures and arrows use.
describe("PDF fonts", () => {
  it("embeds DejaVu Sans, not the built-in Helvetica", async () => {
    registerPdfFonts();
    const doc = h(Document, null, h(Page, { style: { fontFamily: PDF_FONT } }, h(Text, null, "Niveau 1 → 4 · l’exigence · 58,9\u202f%")));
    const raw = (await renderToBuffer(doc)).toString("latin1");
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+DejaVuSans/);
    expect(raw).not.toMatch(/Helvetica/);
  }, 30_000); // the first render loads the font files and the layout engine
});
