import { getDb } from "@/db/client";
import { getRequestDocument } from "@/lib/account-requests/detail";
import { requestMeta } from "@/lib/actions/request-meta";
import { recordAudit } from "@/lib/audit/record";
import { guardDownload } from "@/lib/auth/download-guard";

export const dynamic = "force-dynamic";

/**
 * The uploaded authorisation, for operators only (lib/ checks the role). Sent as an
 * attachment in a sandbox: an uploaded file never runs in the platform's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return guardDownload(`/operator/requests/${encodeURIComponent(id)}`, async (user) => {
    const doc = await getRequestDocument(user, id);
    await recordAudit(getDb(), {
      actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
      action: "account_request.document_downloaded",
      entityType: "account_request",
      entityId: id,
      meta: await requestMeta(),
    });
    const ascii = doc.name.replace(/[^\x20-\x7e]/g, "_");
    return new Response(new Uint8Array(doc.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${ascii.replace(/"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
        "Content-Security-Policy": "sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
