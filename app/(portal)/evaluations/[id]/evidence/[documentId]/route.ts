import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEvidence } from "@/lib/evaluations/evidence";

// Always a download (attachment): an uploaded file is never rendered inside the platform's origin.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await params;
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL(`/login?from=${encodeURIComponent(`/evaluations/${id}`)}`, request.url));
  try {
    const file = await getEvidence(getDb(), user, id, documentId);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new NextResponse("Not found", { status: 404 });
    if (error instanceof ForbiddenError) return new NextResponse("Forbidden", { status: 403 });
    throw error;
  }
}
