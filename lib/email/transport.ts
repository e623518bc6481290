import { Resend } from "resend";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { env, isProductionApp } from "@/lib/env";
import type { RenderedEmail } from "./render";

export type OutgoingEmail = RenderedEmail & { outboxId: string; to: string; from: string };
export type Transport = { name: string; send: (email: OutgoingEmail) => Promise<{ providerId: string }> };

function resendTransport(apiKey: string): Transport {
  const client = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      // The outbox id as idempotency key: a retry after a lost response is not sent twice.
      const { data, error } = await client.emails.send(
        { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: `outbox-${email.outboxId}` },
      );
      if (error || !data) throw new Error(`Resend: ${error?.name ?? "unknown"}: ${error?.message ?? "no data"}`);
      return { providerId: data.id };
    },
  };
}

const localMailbox: Transport = {
  name: "mailbox",
  async send(email) {
    const [row] = await getDb()
      .insert(mailboxMessages)
      .values({
        outboxId: email.outboxId,
        toAddress: email.to,
        fromAddress: email.from,
        subject: email.subject,
        html: email.html,
        text: email.text,
      })
      .onConflictDoNothing({ target: mailboxMessages.outboxId })
      .returning({ id: mailboxMessages.id });
    return { providerId: row?.id ?? "already-delivered" };
  },
};

let override: Transport | undefined;

/** Tests replace the transport to simulate a provider that fails. */
export function setTransportForTests(transport: Transport | undefined): void {
  override = transport;
}

export const NO_PROVIDER_MESSAGE =
  "No email provider is configured (RESEND_API_KEY is not set): emails stay in the outbox and are retried.";

// A production server without a provider cannot deliver; each attempt fails like a provider
// outage would, so the row records the error, backs off and finally fails, never stuck "sending".
const noProvider: Transport = {
  name: "none",
  async send() {
    throw new Error(NO_PROVIDER_MESSAGE);
  },
};

export function currentTransport(): Transport {
  if (override) return override;
  const key = env().RESEND_API_KEY;
  if (key) return resendTransport(key);
  if (isProductionApp()) return noProvider;
  return localMailbox;
}

/** Said once at start-up, so that an operator knows before the first email fails. */
export function announceEmailTransport(log: (message: string) => void = console.warn): void {
  const name = currentTransport().name;
  if (name === "none") log(`[convergence] ${NO_PROVIDER_MESSAGE}`);
}
