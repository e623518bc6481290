// Files for tests: a minimal but well-formed PDF, and a PNG to rename.
export const MINIMAL_PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n99\n%%EOF\n";

export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

export function pdfFile(name = "autorisation.pdf"): File {
  return new File([MINIMAL_PDF], name, { type: "application/pdf" });
}

// WinAnsi differs from Latin-1 in 0x80–0x9F (Node's decoders treat those as control codes).
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€",
  0x85: "…",
  0x8c: "Œ",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x96: "–",
  0x97: "—",
  0x9c: "œ",
};

/**
 * The text drawn by a PDF that react-pdf produced with the standard fonts: inflates the
 * content streams and decodes the hex strings of their TJ operators (WinAnsi encoding).
 * Enough for tests to check what a person would read; not a general PDF reader.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { inflateSync } = await import("node:zlib");
  const raw = Buffer.from(bytes);
  const source = raw.toString("latin1");
  const runs: string[] = [];
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("");
      runs.push([...Buffer.from(hex, "hex")].map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join(""));
    }
  }
  return runs.join(" ").replace(/\s+/g, " ");
}
