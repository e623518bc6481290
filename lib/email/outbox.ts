import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { TEMPLATES, type TemplateName, type TemplatePayload } from "./templates";
import type { EmailTemplate } from "./templates/types";

/**
 * Queues an email. Call it with the transaction of the change that causes the email: the
 * email exists if and only if the change committed. Delivery happens later (lib/email/sender).
 */
export async function enqueueEmail<N extends TemplateName>(
  db: Executor,
  email: { to: string; locale: Locale; template: N; payload: TemplatePayload<N> },
): Promise<string> {
  const template = TEMPLATES[email.template] as EmailTemplate<unknown>;
  const payload = template.payload.parse(email.payload) as Record<string, unknown>;
  const [row] = await db
    .insert(emailOutbox)
    .values({ toAddress: email.to, locale: email.locale, template: email.template, payload })
    .returning({ id: emailOutbox.id });
  return row.id;
}

/**
 * Queues an email unless one with the same key was ever queued (the unique index on
 * `idempotency_key` decides, so two job runs racing on two instances queue it once).
 * Returns whether this call queued it.
 */
export async function enqueueEmailOnce<N extends TemplateName>(
  db: Executor,
  email: { to: string; locale: Locale; template: N; payload: TemplatePayload<N>; idempotencyKey: string },
): Promise<boolean> {
  const template = TEMPLATES[email.template] as EmailTemplate<unknown>;
  const payload = template.payload.parse(email.payload) as Record<string, unknown>;
  const rows = await db
    .insert(emailOutbox)
    .values({ toAddress: email.to, locale: email.locale, template: email.template, payload, idempotencyKey: email.idempotencyKey })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}
