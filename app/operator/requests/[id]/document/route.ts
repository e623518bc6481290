import { getDb } from "@/db/client";
import { getRequestDocument } from "@/lib/account-requests/detail";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { requestMeta } from "@/lib/actions/request-meta";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

/**
 * The uploaded authorisation, for operators only (lib/ checks the role). Sent as an
 * attachment in a sandbox: an uploaded file never runs in the platform's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getCurrentUser();
  try {
    const doc = await getRequestDocument(user, id);
    await recordAudit(getDb(), {
      actor: { kind: "user", id: user!.id, username: user!.username, companyId: user!.companyId },
      action: "account_request.document_downloaded",
      entityType: "account_request",
      entityId: id,
      meta: await requestMeta(),
    });
    const ascii = doc.name.replace(/[^\x20-\x7e]/g, "_");
    return new Response(new Uint8Array(doc.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
        "Content-Security-Policy": "sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: user ? 403 : 401 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
