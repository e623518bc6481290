import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, loginThrottle, users } from "@/db/schema";
import { DEMO_PASSWORD, seedDemo } from "@/tests/integration/fixtures";
import { verifyCredentials } from "./login";
import { MAX_FAILURES } from "./throttle";

describe("verifyCredentials", () => {
  beforeEach(seedDemo);

  it("signs in with the username, whatever its case, and records the sign-in", async () => {
    const result = await verifyCredentials("Demo.Responsable", DEMO_PASSWORD, { ip: "127.0.0.1" });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.user.username).toBe("demo.responsable");
    expect(result.user.companyRole).toBe("responsable");
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in"));
    expect(events).toHaveLength(1);
    expect(events[0].ip).toBe("127.0.0.1");
    const [row] = await getDb().select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.username, "demo.responsable"));
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("refuses the email address as a login", async () => {
    expect((await verifyCredentials("camille.martin@sante-logiciels.example", DEMO_PASSWORD)).status).toBe("invalid");
  });

  it("gives the same answer for an unknown username and a wrong password", async () => {
    expect(await verifyCredentials("nobody.here", "whatever-password")).toEqual({ status: "invalid" });
    expect(await verifyCredentials("demo.responsable", "wrong-password-123")).toEqual({ status: "invalid" });
  });

  it("locks a username after five failures, even for the right password, for 15 minutes", async () => {
    for (let i = 1; i < MAX_FAILURES; i++) expect((await verifyCredentials("demo.contributeur", `wrong-${i}`)).status).toBe("invalid");
    const fifth = await verifyCredentials("demo.contributeur", "wrong-5");
    expect(fifth.status).toBe("locked");
    const sixth = await verifyCredentials("demo.contributeur", DEMO_PASSWORD);
    expect(sixth.status).toBe("locked");
    if (sixth.status !== "locked") return;
    const minutes = (sixth.until.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15.1);
    // Another username is not affected.
    expect((await verifyCredentials("demo.responsable", DEMO_PASSWORD)).status).toBe("ok");
  });

  it("locks unknown usernames the same way, so the lock reveals nothing", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials("ghost.user", "nope-nope-nope");
    expect((await verifyCredentials("ghost.user", "nope-nope-nope")).status).toBe("locked");
  });

  it("lets the user in again once the lock has expired, and a success clears the counter", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await verifyCredentials("demo.contributeur", "bad-password-x");
    await getDb()
      .update(loginThrottle)
      .set({ lockedUntil: sql`now() - interval '1 second'`, firstFailureAt: sql`now() - interval '16 minutes'` });
    expect((await verifyCredentials("demo.contributeur", DEMO_PASSWORD)).status).toBe("ok");
    expect(await getDb().select().from(loginThrottle)).toHaveLength(0);
  });

  it("counts failures from several instances at once without losing any", async () => {
    await Promise.all(Array.from({ length: 4 }, (_, i) => verifyCredentials("demo.responsable", `wrong-${i}-xyz`)));
    const [row] = await getDb().select().from(loginThrottle).where(eq(loginThrottle.usernameKey, "demo.responsable"));
    expect(row.failures).toBe(4);
  });

  it("tells a disabled user that the account is disabled only after the right password", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.username, "demo.contributeur"));
    expect((await verifyCredentials("demo.contributeur", "wrong-password-1")).status).toBe("invalid");
    expect((await verifyCredentials("demo.contributeur", DEMO_PASSWORD)).status).toBe("disabled");
  });

  it("refuses an invited user who has no password yet", async () => {
    await getDb().update(users).set({ status: "invited", passwordHash: null }).where(eq(users.username, "demo.contributeur"));
    expect((await verifyCredentials("demo.contributeur", DEMO_PASSWORD)).status).toBe("invalid");
  });
});
