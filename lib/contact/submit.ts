import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import { recordAudit, type Actor, type RequestMeta } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import type { ContactInput } from "./schema";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function contactReference(now = new Date()): string {
  const suffix = Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `MSG-${now.getFullYear()}-${suffix}`;
}

/** A visitor's message: forwarded to support and acknowledged, both queued in one transaction. */
export async function submitContactMessage(
  input: ContactInput,
  locale: Locale,
  actor: Actor,
  meta: RequestMeta,
): Promise<{ reference: string }> {
  const reference = contactReference();
  const payload = { reference, name: input.name, email: input.email, topic: input.topic, message: input.message };
  await getDb().transaction(async (tx) => {
    // Kept for the support console (/support/messages), besides the forward by email.
    await tx
      .insert(contactMessages)
      .values({ reference, name: input.name, email: input.email, topic: input.topic, message: input.message, locale });
    await enqueueEmail(tx, { to: env().SUPPORT_EMAIL, locale: "fr", template: "contact.forward", payload });
    const { message: _message, ...acknowledgement } = payload;
    await enqueueEmail(tx, { to: input.email, locale, template: "contact.acknowledgement", payload: acknowledgement });
    await recordAudit(tx, {
      actor,
      action: "contact.submitted",
      entityType: "contact_message",
      entityId: reference,
      data: { topic: input.topic },
      meta,
    });
  });
  return { reference };
}
