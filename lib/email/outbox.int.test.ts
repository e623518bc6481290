import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, mailboxMessages } from "@/db/schema";
import { enqueueEmail } from "./outbox";
import { MAX_ATTEMPTS, backoffSeconds, deliverDueEmails } from "./sender";
import { setTransportForTests, type OutgoingEmail } from "./transport";

const payload = {
  reference: "MSG-2026-ABCDEF",
  name: "Alice Durand",
  email: "alice@example.org",
  topic: "products",
  message: "Une question sur nos produits.",
};

function queue(locale: "fr" | "en" = "fr") {
  return enqueueEmail(getDb(), { to: "alice@example.org", locale, template: "contact.acknowledgement", payload });
}

async function makeDue(): Promise<void> {
  await getDb()
    .update(emailOutbox)
    .set({ nextAttemptAt: sql`now() - interval '1 second'` });
}

afterEach(() => setTransportForTests(undefined));

describe("email outbox", () => {
  it("writes nothing when the change that queued the email rolls back", async () => {
    await expect(
      getDb().transaction(async (tx) => {
        await enqueueEmail(tx, { to: "alice@example.org", locale: "fr", template: "contact.acknowledgement", payload });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await getDb().select().from(emailOutbox)).toHaveLength(0);
  });

  it("refuses a payload that does not fit the template", async () => {
    await expect(
      enqueueEmail(getDb(), { to: "a@example.org", locale: "fr", template: "contact.acknowledgement", payload: { reference: 1 } as never }),
    ).rejects.toThrow();
  });

  it("delivers to the local mailbox in the recipient's language", async () => {
    await queue("en");
    expect(await deliverDueEmails()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [message] = await getDb().select().from(mailboxMessages);
    expect(message.subject).toBe("Your message to Convergence support (MSG-2026-ABCDEF)");
    expect(message.text).toContain("Hello Alice Durand,");
    expect(message.html).toContain('lang="en"');
    const [row] = await getDb().select().from(emailOutbox);
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
    expect(await deliverDueEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("retries with growing delays when the provider fails, then records the failure", async () => {
    setTransportForTests({ name: "down", send: async () => Promise.reject(new Error("provider unavailable")) });
    await queue();
    expect(await deliverDueEmails()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [row] = await getDb().select().from(emailOutbox);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBe("provider unavailable");
    const delay = (row.nextAttemptAt.getTime() - Date.now()) / 1000;
    expect(delay).toBeGreaterThan(backoffSeconds(1) - 5);
    // Not due yet: nothing happens.
    expect(await deliverDueEmails()).toEqual({ sent: 0, retried: 0, failed: 0 });

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await makeDue();
      await deliverDueEmails();
    }
    [row] = await getDb().select().from(emailOutbox);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
  });

  it("sends after an outage is over, once", async () => {
    setTransportForTests({ name: "down", send: async () => Promise.reject(new Error("timeout")) });
    await queue();
    await deliverDueEmails();
    setTransportForTests(undefined);
    await makeDue();
    expect((await deliverDueEmails()).sent).toBe(1);
    expect(await getDb().select().from(mailboxMessages)).toHaveLength(1);
  });

  it("never gives the same email to two senders running at once", async () => {
    const sent: OutgoingEmail[] = [];
    setTransportForTests({
      name: "recording",
      send: async (email) => {
        sent.push(email);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { providerId: `id-${sent.length}` };
      },
    });
    for (let i = 0; i < 6; i++) await queue();
    const reports = await Promise.all([deliverDueEmails(), deliverDueEmails(), deliverDueEmails()]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(new Set(sent.map((e) => e.outboxId)).size).toBe(6);
    expect(sent).toHaveLength(6);
  });

  it("takes back an email whose sender died mid-delivery once its lease has expired", async () => {
    const id = await queue();
    await getDb()
      .update(emailOutbox)
      .set({ status: "sending", attempts: 1, leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(emailOutbox.id, id));
    expect((await deliverDueEmails()).sent).toBe(1);
  });
});
