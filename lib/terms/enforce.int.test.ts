import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { seedDemo } from "@/tests/integration/fixtures";
import { acceptCurrentTerms, acceptTermsPath, mustAcceptTerms, mustAcceptTermsByUsername } from "./enforce";
import { CURRENT_TERMS_VERSION } from "./version";

describe("terms of use re-acceptance", () => {
  beforeEach(seedDemo);

  it("asks a user who accepted an older version, until they accept the current one", async () => {
    const { status: _s, passwordHash: _h, ...user } = (await findUserForLogin(getDb(), "demo.medisoft"))!;
    expect(await mustAcceptTerms(user.id)).toBe(false);
    await getDb().update(users).set({ termsVersion: "2025-01" }).where(eq(users.id, user.id));
    expect(await mustAcceptTerms(user.id)).toBe(true);
    expect(await mustAcceptTermsByUsername("Demo.MediSoft")).toBe(true);

    await acceptCurrentTerms(user, { ip: "127.0.0.1" });
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row.termsVersion).toBe(CURRENT_TERMS_VERSION);
    expect(Date.now() - row.termsAcceptedAt!.getTime()).toBeLessThan(60_000);
    expect(await mustAcceptTerms(user.id)).toBe(false);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "terms.accepted"));
    expect(event.data).toEqual({ version: CURRENT_TERMS_VERSION });
  });

  it("comes back only to a local page afterwards", () => {
    expect(acceptTermsPath("/products?page=2")).toBe("/accept-terms?from=%2Fproducts%3Fpage%3D2");
    expect(acceptTermsPath("https://evil.example")).toBe("/accept-terms");
  });
});
