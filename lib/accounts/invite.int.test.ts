import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, emailOutbox, tokens, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { renderEmail } from "@/lib/email/render";
import { checkToken, consumeToken } from "@/lib/tokens/tokens";
import { seedDemo } from "@/tests/integration/fixtures";
import { createInvitedUser } from "./invite";

async function companyId(): Promise<string> {
  const [c] = await getDb().select().from(companies).where(eq(companies.siren, "812345676"));
  return c.id;
}

const person = { firstName: "Élodie", lastName: "Le Gall", locale: "fr" as const, companyRole: "contributor" as const };

describe("createInvitedUser", () => {
  beforeEach(seedDemo);

  it("creates an invited account with a generated username and emails a single-use activation link", async () => {
    // Everything read before the transaction: on PGlite a query outside an open transaction waits for it.
    const cid = await companyId();
    const user = await getDb().transaction((tx) =>
      createInvitedUser(tx, { ...person, email: "elodie@example.org", companyId: cid }, { kind: "system", label: "test" }),
    );
    expect(user).toMatchObject({ username: "elodie.le-gall", status: "invited", passwordHash: null });
    const [email] = await getDb().select().from(emailOutbox);
    const rendered = await renderEmail(email.template, email.locale, email.payload);
    expect(rendered.text).toContain("elodie.le-gall");
    const raw = (email.payload.url as string).split("/activate/")[1];
    expect((await checkToken(getDb(), "activation", raw)).status).toBe("valid");
    expect((await consumeToken(getDb(), "activation", raw)).status).toBe("valid");
    expect((await consumeToken(getDb(), "activation", raw)).status).toBe("used");
    // Only the hash is stored.
    const stored = await getDb().select().from(tokens);
    expect(stored[0].tokenHash).not.toContain(raw);
  });

  it("numbers the username when the name is taken, and refuses an email already used in another case", async () => {
    const cid = await companyId();
    await getDb().transaction((tx) =>
      createInvitedUser(tx, { ...person, email: "a@example.org", companyId: cid }, { kind: "system", label: "t" }),
    );
    const second = await getDb().transaction((tx) =>
      createInvitedUser(tx, { ...person, email: "b@example.org", companyId: cid }, { kind: "system", label: "t" }),
    );
    expect(second.username).toBe("elodie.le-gall2");
    const attempt = getDb().transaction((tx) =>
      createInvitedUser(tx, { ...person, email: "A@Example.org", companyId: cid }, { kind: "system", label: "t" }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ActionError);
    expect(await getDb().select().from(users).where(eq(users.email, "A@Example.org"))).toHaveLength(0);
  });

  it("treats an expired link as expired", async () => {
    const cid = await companyId();
    const user = await getDb().transaction((tx) =>
      createInvitedUser(tx, { ...person, email: "c@example.org", companyId: cid }, { kind: "system", label: "t" }),
    );
    const [email] = await getDb().select().from(emailOutbox);
    await getDb()
      .update(tokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tokens.userId, user.id));
    expect((await checkToken(getDb(), "activation", (email.payload.url as string).split("/activate/")[1])).status).toBe("expired");
  });
});
