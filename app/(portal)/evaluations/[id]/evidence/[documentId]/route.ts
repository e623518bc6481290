import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { guardDownload } from "@/lib/auth/download-guard";
import { getEvidence } from "@/lib/evaluations/evidence";

// Always a download (attachment): an uploaded file is never rendered inside the platform's origin.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await params;
  return guardDownload(`/evaluations/${encodeURIComponent(id)}`, async (user) => {
    const file = await getEvidence(getDb(), user, id, documentId);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Content-Security-Policy": "sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
