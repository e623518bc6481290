import { NextResponse, type NextRequest } from "next/server";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchDirectory } from "@/lib/support/search";

export const dynamic = "force-dynamic";

/** The as-you-type search of the support console (JSON); searchDirectory checks the role. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  try {
    const hits = await searchDirectory(await getCurrentUser(), q);
    return NextResponse.json({ hits }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    if (error instanceof ForbiddenError) return NextResponse.json({ error: "forbidden" }, { status: 403 });
    throw error;
  }
}
