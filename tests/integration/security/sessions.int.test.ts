import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { storePassword } from "@/lib/accounts/credentials";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/login";
import { endSession, endUserSessions } from "@/lib/auth/sessions";
import { findUserBySession } from "@/lib/auth/users-repo";
import { disableMember } from "@/lib/team/member-status";
import { DEMO_PASSWORD, seedDemo } from "@/tests/integration/fixtures";

async function signIn(username: string) {
  const result = await verifyCredentials(username, DEMO_PASSWORD, { ip: `192.0.2.${Math.floor(Math.random() * 200)}` });
  if (result.status !== "ok") throw new Error(`sign-in refused: ${result.status}`);
  return { user: result.user, sid: result.sessionId };
}

const opens = async (s: { user: { id: string }; sid: string }) => Boolean(await findUserBySession(getDb(), s.user.id, s.sid));

describe("server-side sessions", () => {
  beforeEach(seedDemo);

  it("a signed-out session opens nothing, even with its cookie kept", async () => {
    const s = await signIn("demo.responsable");
    expect(await opens(s)).toBe(true);
    await endSession(s.sid);
    expect(await opens(s)).toBe(false);
  });

  it("a session id is bound to its user", async () => {
    const a = await signIn("demo.responsable");
    const b = await signIn("demo.medisoft");
    expect(await findUserBySession(getDb(), b.user.id, a.sid)).toBeUndefined();
  });

  it("an expired session opens nothing", async () => {
    const s = await signIn("demo.responsable");
    await getDb()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, s.sid));
    expect(await opens(s)).toBe(false);
  });

  it("changing the password ends every session of the user, and only theirs", async () => {
    const phone = await signIn("demo.responsable");
    const laptop = await signIn("demo.responsable");
    const other = await signIn("demo.contributeur");
    await getDb().transaction(async (tx) => storePassword(tx, phone.user.id, await hashPassword("Another-Password-2026!")));
    expect(await opens(phone)).toBe(false);
    expect(await opens(laptop)).toBe(false);
    expect(await opens(other)).toBe(true);
  });

  it("disabling an account ends its sessions at once", async () => {
    const responsable = await signIn("demo.responsable");
    const contributor = await signIn("demo.contributeur");
    await disableMember(getDb(), responsable.user, contributor.user.id);
    expect(await opens(contributor)).toBe(false);
    expect((await getDb().select().from(sessions).where(eq(sessions.userId, contributor.user.id))).length).toBe(0);
  });

  it("'sign out everywhere' ends all of them; ending all but one keeps that one", async () => {
    const a = await signIn("demo.responsable");
    const b = await signIn("demo.responsable");
    expect(await endUserSessions(getDb(), a.user.id, a.sid)).toBe(1);
    expect(await opens(a)).toBe(true);
    expect(await opens(b)).toBe(false);
    await endUserSessions(getDb(), a.user.id);
    expect(await opens(a)).toBe(false);
  });

  it("a session of a user disabled by other means opens nothing", async () => {
    const s = await signIn("demo.contributeur");
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, s.user.id));
    expect(await opens(s)).toBe(false);
  });

  it("the session lookup carries the accepted terms version (no second query per request), and never the password hash", async () => {
    const s = await signIn("demo.responsable");
    await getDb().update(users).set({ termsVersion: "2025-01" }).where(eq(users.id, s.user.id));
    const row = await findUserBySession(getDb(), s.user.id, s.sid);
    expect(row?.termsVersion).toBe("2025-01");
    expect(row).not.toHaveProperty("passwordHash");
    await getDb().update(users).set({ termsVersion: null }).where(eq(users.id, s.user.id));
    expect((await findUserBySession(getDb(), s.user.id, s.sid))?.termsVersion).toBeNull();
  });
});
