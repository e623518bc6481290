import { and, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { renderEmail } from "./render";
import { currentTransport } from "./transport";

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 120;

/** 30 s, 1 min, 2 min … capped at 1 h: a provider outage is ridden out, not hammered. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Delivers due emails. Rows are claimed with SKIP LOCKED and leased, so several senders
 * (several app instances) never take the same row; a row is marked sent right after the
 * provider accepts it, and the provider call carries an idempotency key.
 */
export async function deliverDueEmails(limit = 20): Promise<DeliveryReport> {
  const db = getDb();
  const due = or(
    and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, sql`now()`)),
    and(eq(emailOutbox.status, "sending"), lt(emailOutbox.leaseUntil, sql`now()`)),
  );
  const claimable = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(due)
    .orderBy(emailOutbox.createdAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({
      status: "sending",
      attempts: sql`${emailOutbox.attempts} + 1`,
      leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .where(inArray(emailOutbox.id, claimable))
    .returning();

  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const transport = claimed.length ? currentTransport() : undefined;
  for (const row of claimed) {
    try {
      const rendered = await renderEmail(row.template, row.locale, row.payload);
      const { providerId } = await transport!.send({ ...rendered, outboxId: row.id, to: row.toAddress, from: env().EMAIL_FROM });
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: sql`now()`, providerMessageId: providerId, leaseUntil: null, lastError: null })
        .where(eq(emailOutbox.id, row.id));
      report.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = row.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "pending",
          lastError: message.slice(0, 2000),
          leaseUntil: null,
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(row.attempts)})`,
        })
        .where(eq(emailOutbox.id, row.id));
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
