import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { getObservatory, parseObservatoryFilters } from "./data";
import { observatoryCsv, observatoryXlsx } from "./export";
import { observatoryTables } from "./present";

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** The observatory as filtered on the page, as a file: the same tables, the same suppression. */
export async function observatoryDownload(request: NextRequest, format: keyof typeof TYPES): Promise<NextResponse> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/login?from=%2Foperator%2Fobservatory", request.url));
  try {
    const filters = parseObservatoryFilters(Object.fromEntries(request.nextUrl.searchParams));
    const locale = parseLocale(await getLocale());
    const t = translatorFor(locale);
    const data = await getObservatory(user, filters);
    const tables = observatoryTables(data.view, data.structure, locale, t);
    const insufficient = t("observatory.insufficient");
    const body =
      format === "csv"
        ? new TextEncoder().encode(observatoryCsv(tables, locale, insufficient))
        : new Uint8Array(await observatoryXlsx(tables, insufficient));
    return new NextResponse(body, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="observatoire.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new NextResponse("Not found", { status: 404 });
    if (error instanceof ForbiddenError) return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
}
