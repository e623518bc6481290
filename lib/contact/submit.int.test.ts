import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, emailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { contactSchema } from "./schema";
import { submitContactMessage } from "./submit";

describe("contact messages", () => {
  it("queue the forward to support and the acknowledgement, with an audit event, together", async () => {
    const input = contactSchema.parse({
      name: " Alice Durand ",
      email: "Alice@Example.org",
      topic: "account",
      message: "Je n’arrive pas à retrouver mon nom d’utilisateur.",
    });
    const { reference } = await submitContactMessage(input, "en", { kind: "anonymous" }, { ip: "127.0.0.1" });
    expect(reference).toMatch(/^MSG-\d{4}-[A-Z2-9]{6}$/);
    const rows = await getDb().select().from(emailOutbox).orderBy(emailOutbox.toAddress);
    expect(rows.map((r) => [r.toAddress, r.template, r.locale])).toEqual(
      [
        ["alice@example.org", "contact.acknowledgement", "en"],
        [env().SUPPORT_EMAIL, "contact.forward", "fr"],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
    const [event] = await getDb().select().from(auditEvents);
    expect(event).toMatchObject({ action: "contact.submitted", entityId: reference, ip: "127.0.0.1" });
  });

  it("validate the input: email, topic, message length", () => {
    const result = contactSchema.safeParse({ name: "", email: "nope", topic: "weather", message: "short" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]).sort();
    expect(fields).toEqual(["email", "message", "name", "topic"]);
  });
});
