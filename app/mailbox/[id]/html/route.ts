import { getMailboxMessage } from "@/lib/email/mailbox";

/** The email's HTML as sent, served as its own document and sandboxed (no scripts, no forms). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const message = await getMailboxMessage((await params).id);
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}
