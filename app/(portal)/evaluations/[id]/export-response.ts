import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { guardDownload } from "@/lib/auth/download-guard";
import { getExportData, type ExportData } from "@/lib/evaluations/export/data";
import { parseLocale } from "@/lib/i18n/locales";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/**
 * A download of an evaluation's export: the signed-in user's rights are checked by lib/
 * (another company's evaluation or a missing right answers 404 / 403, as pages do).
 */
export async function exportResponse(
  request: NextRequest,
  id: string,
  format: keyof typeof TYPES,
  build: (data: ExportData) => Promise<Buffer | string> | Buffer | string,
) {
  return guardDownload(`/evaluations/${encodeURIComponent(id)}`, async (user) => {
    const snapshot = request.nextUrl.searchParams.get("snapshot");
    const data = await getExportData(getDb(), user, id, parseLocale(await getLocale()), snapshot);
    const body = await build(data);
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
    return new Response(bytes, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="${data.fileStem}.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
