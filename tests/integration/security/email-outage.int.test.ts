import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { MAX_ATTEMPTS, deliverDueEmails } from "@/lib/email/sender";
import { announceEmailTransport, setTransportForTests, type OutgoingEmail, type Transport } from "@/lib/email/transport";
import { resetEnvForTests } from "@/lib/env";

const payload = { reference: "MSG-2026-ABCDEF", name: "Alice Durand", email: "alice@example.org", topic: "products", message: "Bonjour" };

async function makeDue(): Promise<void> {
  await getDb().update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` });
}

afterEach(() => {
  setTransportForTests(undefined);
  process.env.APP_ENV = "test";
  delete process.env.RESEND_API_KEY;
  resetEnvForTests();
});

/** A provider that is down for its first `downFor` calls, then accepts, remembering what it sent. */
function stubProvider(downFor: number): Transport & { delivered: Map<string, number>; calls: number } {
  const stub = {
    name: "stub",
    delivered: new Map<string, number>(),
    calls: 0,
    async send(email: OutgoingEmail) {
      stub.calls++;
      if (stub.calls <= downFor) throw new Error(`503 provider unavailable (call ${stub.calls})`);
      stub.delivered.set(email.outboxId, (stub.delivered.get(email.outboxId) ?? 0) + 1);
      return { providerId: `stub-${email.outboxId}` };
    },
  };
  return stub;
}

describe("email provider outage", () => {
  it("loses nothing, sends nothing twice and backs off on the rows while the provider is down", async () => {
    const count = 12;
    for (let i = 0; i < count; i++) await enqueueEmail(getDb(), { to: `user${i}@example.org`, locale: "fr", template: "contact.acknowledgement", payload });
    const stub = stubProvider(30);
    setTransportForTests(stub);

    const backoffsSeen: number[] = [];
    let rounds = 0;
    while (rounds < 10) {
      rounds++;
      await makeDue();
      await deliverDueEmails(50);
      const pending = await getDb().select().from(emailOutbox).where(sql`status = 'pending'`);
      for (const row of pending) backoffsSeen.push(Math.round((row.nextAttemptAt.getTime() - Date.now()) / 1000));
      if (pending.length === 0) break;
    }
    const rows = await getDb().select().from(emailOutbox);
    console.log(`[email-outage] ${count} emails, ${stub.calls} provider calls, ${rounds} rounds, sent ${stub.delivered.size}`);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    expect(stub.delivered.size).toBe(count);
    expect([...stub.delivered.values()].every((n) => n === 1)).toBe(true);
    // Rows that failed carry their attempts, and the wait grew between attempts.
    expect(Math.max(...rows.map((r) => r.attempts))).toBeGreaterThan(1);
    expect(Math.max(...backoffsSeen)).toBeGreaterThan(Math.min(...backoffsSeen.filter((s) => s > 0)));
  });

  it("records 'no provider' as an error on the row, backs off and finally fails (production without RESEND_API_KEY)", async () => {
    process.env.APP_ENV = "production";
    process.env.AUTH_SECRET = "x".repeat(40);
    delete process.env.RESEND_API_KEY;
    resetEnvForTests();
    await enqueueEmail(getDb(), { to: "alice@example.org", locale: "fr", template: "contact.acknowledgement", payload });

    await deliverDueEmails();
    let [row] = await getDb().select().from(emailOutbox);
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/RESEND_API_KEY/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      await makeDue();
      await deliverDueEmails();
    }
    [row] = await getDb().select().from(emailOutbox);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
  });

  it("says once at start-up that no provider is configured", () => {
    process.env.APP_ENV = "production";
    process.env.AUTH_SECRET = "x".repeat(40);
    resetEnvForTests();
    const lines: string[] = [];
    announceEmailTransport((m) => lines.push(m));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/No email provider is configured/);
  });
});
