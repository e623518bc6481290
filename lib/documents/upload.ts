import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { documents } from "@/db/schema";
import { stripUnsafeChars } from "@/lib/validation/text";
import { inspectPdf, MAX_PDF_BYTES, type PdfVerdict } from "./pdf";

export type PdfUpload = { name: string; bytes: Uint8Array; size: number; sha256: string };

/**
 * A file input left empty arrives as an empty File without a name: that is "no file". Through
 * a server action the missing name becomes "undefined" (the multipart parser drops an empty
 * filename and the File constructor stringifies it).
 */
export function isFileChosen(value: unknown): value is File {
  return value instanceof File && !(value.size === 0 && (value.name === "" || value.name === "undefined"));
}

/** Cheap checks zod can run synchronously (size only): the content is checked in readPdfUpload. */
export function fileSizeVerdict(file: File): PdfVerdict | null {
  if (file.size === 0) return "empty";
  if (file.size > MAX_PDF_BYTES) return "tooLarge";
  return null;
}

/** Reads an uploaded PDF and checks its content; returns the refusal reason otherwise. */
export async function readPdfUpload(
  file: File,
): Promise<{ ok: true; upload: PdfUpload } | { ok: false; reason: Exclude<PdfVerdict, "ok"> }> {
  const early = fileSizeVerdict(file);
  if (early && early !== "ok") return { ok: false, reason: early };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = inspectPdf(bytes);
  if (verdict !== "ok") return { ok: false, reason: verdict };
  const name = safeFileName(file.name);
  return { ok: true, upload: { name, bytes, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") } };
}

/**
 * A readable name for the download, without path, control or bidirectional characters (a
 * right-to-left override can make "…fdp.exe" read "…exe.pdf"), and ending with the extension
 * of the type detected from the content, whatever extension it was uploaded with.
 */
export function safeFileName(name: string, extension = ".pdf"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = stripUnsafeChars(base.normalize("NFC")).replace(/"/g, "").trim();
  const stem = clean
    .replace(/\.[a-z][a-z0-9]{0,7}$/i, "")
    .replace(/[.\s]+$/, "")
    .slice(0, 140);
  return `${stem || "document"}${extension}`;
}

/** Stores the file in the caller's transaction, so that it exists only with what refers to it. */
export async function storeDocument(
  tx: Executor,
  input: { purpose: string; upload: PdfUpload; companyId?: string | null; uploadedById?: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(documents)
    .values({
      purpose: input.purpose,
      name: input.upload.name,
      mimeType: "application/pdf",
      size: input.upload.size,
      sha256: input.upload.sha256,
      bytes: input.upload.bytes,
      companyId: input.companyId ?? null,
      uploadedById: input.uploadedById ?? null,
    })
    .returning({ id: documents.id });
  return row.id;
}
