import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { seedDemo } from "@/tests/integration/fixtures";
import { recordAudit } from "./record";

describe("audit log", () => {
  it("records who did what, on which entity, for which company, from where", async () => {
    await seedDemo();
    const [user] = await getDb().select().from(users).where(eq(users.username, "demo.responsable"));
    await recordAudit(getDb(), {
      actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
      action: "product.created",
      entityType: "product",
      entityId: "p-1",
      data: { name: "Dossier Patient" },
      meta: { ip: "10.0.0.1", userAgent: "test-agent" },
    });
    await recordAudit(getDb(), {
      actor: { kind: "anonymous" },
      action: "contact.submitted",
      entityType: "contact_message",
      entityId: "MSG-1",
    });
    const [first, second] = await getDb().select().from(auditEvents).orderBy(auditEvents.id);
    expect(first).toMatchObject({
      actorUserId: user.id,
      actorLabel: "demo.responsable",
      companyId: user.companyId,
      action: "product.created",
      entityId: "p-1",
      ip: "10.0.0.1",
      userAgent: "test-agent",
    });
    expect(first.data).toEqual({ name: "Dossier Patient" });
    expect(second).toMatchObject({ actorUserId: null, actorLabel: "anonymous", companyId: null });
  });

  it("is append-only: updates and deletes are refused by the database", async () => {
    await recordAudit(getDb(), { actor: { kind: "system", label: "test" }, action: "x", entityType: "y" });
    await expect(getDb().execute(sql`update audit_events set action = 'rewritten'`)).rejects.toThrow();
    await expect(getDb().execute(sql`delete from audit_events`)).rejects.toThrow();
    expect(await getDb().select().from(auditEvents)).toHaveLength(1);
  });

  it("rolls back with the change it records", async () => {
    await getDb()
      .transaction(async (tx) => {
        await recordAudit(tx, { actor: { kind: "system", label: "test" }, action: "x", entityType: "y" });
        throw new Error("change failed");
      })
      .catch(() => undefined);
    expect(await getDb().select().from(auditEvents)).toHaveLength(0);
  });
});
