import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { guardDownload } from "@/lib/auth/download-guard";
import { parseLocale } from "@/lib/i18n/locales";
import { planCsv, planExport, planPdf, planXlsx } from "@/lib/plans/export";
import { getPlan } from "@/lib/plans/load";
import { planPath } from "@/lib/plans/validate";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", build: planCsv },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", build: planXlsx },
  pdf: { type: "application/pdf", build: planPdf },
} as const;

/**
 * A download of a plan, behind the one download guard (sign-in, terms in force, 404/403);
 * lib/plans checks the right (another company's product: 404; no right: 403).
 */
export async function planExportResponse(_request: NextRequest, productId: string | null, format: keyof typeof FORMATS) {
  return guardDownload(planPath({ productId }), async (user) => {
    const view = await getPlan(getDb(), user, { productId });
    const data = planExport(view, parseLocale(await getLocale()));
    const body = await FORMATS[format].build(data);
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
    return new NextResponse(bytes, {
      headers: {
        "Content-Type": FORMATS[format].type,
        "Content-Disposition": `attachment; filename="${data.fileStem}.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
