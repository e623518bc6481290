import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import * as password from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/login";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { RATE_RULES } from "@/lib/security/rate-limit";
import { DEMO_PASSWORD, seedDemo } from "@/tests/integration/fixtures";

describe("login lockout under parallel attempts", () => {
  beforeEach(seedDemo);

  it("checks at most 5 passwords out of 100 parallel wrong attempts on one username", async () => {
    const checks = vi.spyOn(password, "verifyPassword");
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => verifyCredentials("demo.responsable", `wrong-password-${i}`, { ip: `198.51.100.${i % 250}` })),
    );
    const checked = checks.mock.calls.length;
    checks.mockRestore();
    console.log(`[lockout-race] 100 parallel wrong passwords: ${checked} checked, ${results.filter((r) => r.status === "locked").length} locked answers`);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => r.status === "invalid").length).toBeLessThanOrEqual(MAX_FAILURES);
    // Even the right password is refused now.
    expect((await verifyCredentials("demo.responsable", DEMO_PASSWORD, { ip: "198.51.100.1" })).status).toBe("locked");
    const failed = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in_failed"));
    expect(failed.length).toBeLessThanOrEqual(MAX_FAILURES);
  });

  it("limits one client across usernames, and a success does not count against it", async () => {
    const ip = "203.0.113.50";
    expect((await verifyCredentials("demo.responsable", DEMO_PASSWORD, { ip })).status).toBe("ok");
    const limit = RATE_RULES.loginClient.limit;
    const results = await Promise.all(Array.from({ length: limit + 10 }, (_, i) => verifyCredentials(`someone.${i}`, "wrong-password", { ip })));
    expect(results.filter((r) => r.status === "throttled")).toHaveLength(10);
    const refused = await verifyCredentials("demo.contributeur", DEMO_PASSWORD, { ip });
    expect(refused.status).toBe("throttled");
    if (refused.status === "throttled") expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    // Another client is not affected.
    expect((await verifyCredentials("demo.contributeur", DEMO_PASSWORD, { ip: "203.0.113.51" })).status).toBe("ok");
  });
});
