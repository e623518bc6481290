import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { documents } from "@/db/schema";
import { safeFileName } from "@/lib/documents/upload";

// Evidence files are judged by their bytes, never by their name or the browser's MIME type.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceType = "application/pdf" | "image/png" | "image/jpeg";
export type EvidenceVerdict = { ok: true; type: EvidenceType } | { ok: false; reason: "empty" | "tooLarge" | "unsupported" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

/**
 * A PDF starts with its signature and ends with a cross-reference pointer and "%%EOF"; a PNG
 * starts with its 8-byte signature and an IHDR chunk and ends with an IEND chunk; a JPEG
 * starts with a start-of-image marker followed by another marker and ends with end-of-image
 * (trailing padding tolerated). A renamed file or a truncated upload fails.
 */
export function inspectEvidence(bytes: Uint8Array): EvidenceVerdict {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: "tooLarge" };
  if (isPdf(bytes)) return { ok: true, type: "application/pdf" };
  if (isPng(bytes)) return { ok: true, type: "image/png" };
  if (isJpeg(bytes)) return { ok: true, type: "image/jpeg" };
  return { ok: false, reason: "unsupported" };
}

function isPdf(bytes: Uint8Array): boolean {
  if (!/^%PDF-[12]\.\d/.test(latin1(bytes.subarray(0, 16)))) return false;
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const eof = tail.lastIndexOf("%%EOF");
  const xref = tail.lastIndexOf("startxref");
  return eof >= 0 && xref >= 0 && xref < eof;
}

function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 25 + 12) return false;
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return false;
  if (latin1(bytes.subarray(12, 16)) !== "IHDR") return false;
  return latin1(bytes.subarray(bytes.length - 8, bytes.length - 4)) === "IEND";
}

function isJpeg(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return false;
  const end = bytes.subarray(Math.max(0, bytes.length - 64));
  for (let i = end.length - 2; i >= 0; i--) if (end[i] === 0xff && end[i + 1] === 0xd9) return true;
  return false;
}

const EXTENSION: Record<EvidenceType, string> = { "application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg" };

/** Stores an accepted evidence file in the caller's transaction and returns its id and stored name. */
export async function storeEvidence(
  tx: Executor,
  file: { name: string; bytes: Uint8Array; type: EvidenceType },
  companyId: string,
  userId: string,
): Promise<{ id: string; name: string }> {
  const name = safeFileName(file.name, EXTENSION[file.type]);
  const [row] = await tx
    .insert(documents)
    .values({
      purpose: "evaluation_evidence",
      name,
      mimeType: file.type,
      size: file.bytes.length,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      bytes: file.bytes,
      companyId,
      uploadedById: userId,
    })
    .returning({ id: documents.id });
  return { id: row.id, name };
}
