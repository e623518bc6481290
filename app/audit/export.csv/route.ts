import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { auditCsv } from "@/lib/audit/csv";
import { exportAuditEvents, parseTrailQuery } from "@/lib/audit/trail";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseLocale } from "@/lib/i18n/locales";

/** The audit trail as filtered on the page, as CSV. Rights are checked by lib/audit. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/login?from=%2Faudit", request.url));
  try {
    const { query, filters } = parseTrailQuery(Object.fromEntries(request.nextUrl.searchParams));
    const events = await exportAuditEvents(user, query, filters);
    const body = auditCsv(events, parseLocale(await getLocale()));
    return new NextResponse(new TextEncoder().encode(body), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="journal-audit.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new NextResponse("Not found", { status: 404 });
    if (error instanceof ForbiddenError) return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
}
