import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { RATE_RULES, RateLimitedError, enforce, hit, limitRoute } from "@/lib/security/rate-limit";

const rule = { name: "test-rule", limit: 5, windowSeconds: 600 };

describe("rate limits in PostgreSQL", () => {
  it("lets exactly the limit through out of many parallel hits", async () => {
    const decisions = await Promise.all(Array.from({ length: 40 }, () => hit(rule, "198.51.100.7")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(590);
    // Another client has its own counter.
    expect((await hit(rule, "198.51.100.8")).allowed).toBe(true);
  });

  it("starts a new window once the old one has ended", async () => {
    for (let i = 0; i < 6; i++) await hit(rule, "client-a");
    expect((await hit(rule, "client-a")).allowed).toBe(false);
    await getDb().update(rateLimits).set({ windowEnd: sql`now() - interval '1 second'` });
    expect(await hit(rule, "client-a")).toEqual({ allowed: true, hits: 1 });
  });

  it("refuses with the minutes to wait, per client and per target (a reset email to one account)", async () => {
    const reset = RATE_RULES.passwordResetAccount;
    for (let i = 0; i < reset.limit; i++) await enforce([[RATE_RULES.passwordResetClient, `10.0.0.${i}`], [reset, "Demo.Responsable"]]);
    const error = await enforce([[RATE_RULES.passwordResetClient, "10.0.0.99"], [reset, "demo.responsable"]]).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.messageKey).toBe("errors.rateLimited");
    expect(error.params.minutes).toBe(60);
  });

  it("answers a route with 429, Retry-After and the translated message", async () => {
    for (let i = 0; i < RATE_RULES.authorisationFormClient.limit; i++) expect(await limitRoute(RATE_RULES.authorisationFormClient, "203.0.113.1", String)).toBeNull();
    const response = await limitRoute(RATE_RULES.authorisationFormClient, "203.0.113.1", (m) => `Réessayez dans ${m} minute`);
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response?.text()).toBe("Réessayez dans 1 minute");
  });
});
