import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

// The PDF's built-in Helvetica has no "→", "−", "≥" nor the narrow no-break space of French
// numbers: an embedded DejaVu Sans has every glyph both languages use. The files are resolved
// from the project root at run time (not bundled), which works under Turbopack and `next start`.
export const PDF_FONT = "DejaVu Sans";

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const file = (weight: 400 | 700, style: "normal" | "italic") =>
    require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-${style}.woff`);
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: file(400, "normal") },
      { src: file(400, "italic"), fontStyle: "italic" },
      { src: file(700, "normal"), fontWeight: "bold" },
      { src: file(700, "italic"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  // Words are not hyphenated: a cut requirement id or product name reads as a typo.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
