import { describe, expect, it } from "vitest";
import { inspectPdf, MAX_PDF_BYTES } from "./pdf";
import { isFileChosen, safeFileName } from "./upload";
import { MINIMAL_PDF, PNG_BYTES as PNG } from "./test-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);

describe("inspectPdf", () => {
  it("accepts a PDF by its content", () => {
    expect(inspectPdf(enc(MINIMAL_PDF))).toBe("ok");
  });

  it("refuses a PNG, whatever it is called", () => {
    expect(inspectPdf(PNG)).toBe("notPdf");
  });

  it("refuses an empty file, a truncated PDF and a file over 5 MB", () => {
    expect(inspectPdf(new Uint8Array())).toBe("empty");
    expect(inspectPdf(enc(MINIMAL_PDF.slice(0, 40)))).toBe("notPdf");
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(enc(MINIMAL_PDF));
    expect(inspectPdf(big)).toBe("tooLarge");
  });

  it("refuses text that merely mentions the signature later on", () => {
    expect(inspectPdf(enc(`hello %PDF-1.4 ${MINIMAL_PDF}`))).toBe("notPdf");
  });
});

describe("safeFileName", () => {
  it("drops paths and control characters", () => {
    expect(safeFileName("C:\\Users\\x\\autorisation.pdf")).toBe("autorisation.pdf");
    expect(safeFileName('../a"b\u0000.pdf')).toBe("ab.pdf");
    expect(safeFileName("")).toBe("document.pdf");
  });

  it("ends with the extension of the detected type, and hides nothing behind bidirectional characters", () => {
    expect(safeFileName("evidence.html", ".png")).toBe("evidence.png");
    expect(safeFileName("facture\u202efdp.exe", ".pdf")).toBe("facturefdp.pdf");
    expect(safeFileName("photo.JPEG", ".jpg")).toBe("photo.jpg");
    expect(safeFileName("rapport v1.2", ".pdf")).toBe("rapport v1.2.pdf");
    expect(safeFileName("..", ".pdf")).toBe("document.pdf");
  });
});

describe("isFileChosen", () => {
  it("treats an empty file input as no file, but an empty named file as a file", () => {
    expect(isFileChosen(new File([], ""))).toBe(false);
    expect(isFileChosen(new File([], "undefined"))).toBe(false);
    expect(isFileChosen("")).toBe(false);
    expect(isFileChosen(new File([], "vide.pdf"))).toBe(true);
  });
});
