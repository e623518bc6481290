import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { companies, emailOutbox, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { verifyCredentials } from "@/lib/auth/login";
import type { AppUser } from "@/lib/auth/types";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { DEMO_PASSWORD, seedDemo } from "@/tests/integration/fixtures";
import { activateAccount, openActivation } from "./activation";
import { createInvitedUser } from "./invite";
import { openPasswordReset, requestPasswordReset, resetPassword } from "./password-reset";
import { changePassword, confirmEmailChange, getProfile, openEmailChange, requestEmailChange, updateProfile } from "./profile";

const NEW_PASSWORD = "Un-tout-nouveau-secret-2026";
const DAY = 86_400_000;

async function appUser(username: string): Promise<AppUser> {
  const { status: _s, passwordHash: _h, ...user } = (await findUserForLogin(getDb(), username))!;
  return user;
}

/** The secret of the newest link emailed to `to` with this template. */
async function latestLink(to: string, template: string): Promise<string> {
  const rows = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
  const mine = rows.filter((r) => r.template === template).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  expect(mine.length).toBeGreaterThan(0);
  return String(mine.at(-1)!.payload.url).split("/").pop()!;
}

async function invite(email = "nina.roux@sante-logiciels.example") {
  const [company] = await getDb().select().from(companies).where(eq(companies.siren, "812345676"));
  return getDb().transaction((tx) =>
    createInvitedUser(
      tx,
      { email, firstName: "Nina", lastName: "Roux", companyId: company.id, companyRole: "contributor", locale: "fr" },
      { kind: "system", label: "test" },
    ),
  );
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).fieldErrors;
}

describe("the account lifecycle", () => {
  beforeEach(seedDemo);
  afterEach(() => {
    vi.useRealTimers();
  });

  describe("activation", () => {
    it("sets the password against the rules, records the terms version and date, and serves once", async () => {
      const user = await invite();
      const raw = await latestLink(user.email, "account.activation");
      expect(await openActivation(raw)).toMatchObject({ status: "valid", username: "nina.roux" });

      expect(await fieldErrorsOf(activateAccount({ token: raw, password: "court", confirmPassword: "court" }))).toEqual({
        password: ["account.password.errors.length"],
      });
      expect(await fieldErrorsOf(activateAccount({ token: raw, password: "nina.roux-2026-secret", confirmPassword: "autre" }))).toEqual({
        password: ["account.password.errors.noUsername", "account.password.errors.noEmail"],
        confirmPassword: ["account.password.errors.mismatch"],
      });

      expect(await activateAccount({ token: raw, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
        username: "nina.roux",
      });
      const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({ status: "active", termsVersion: "2026-01" });
      expect(Date.now() - row.termsAcceptedAt!.getTime()).toBeLessThan(60_000);
      expect((await verifyCredentials("nina.roux", NEW_PASSWORD)).status).toBe("ok");

      expect((await openActivation(raw)).status).toBe("used");
      await expect(activateAccount({ token: raw, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toMatchObject({
        messageKey: "account.activate.linkUnusable",
      });
    });

    it("is valid for 7 days, then expired", async () => {
      const user = await invite();
      const raw = await latestLink(user.email, "account.activation");
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 7 * DAY - 60_000);
      expect((await openActivation(raw)).status).toBe("valid");
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect((await openActivation(raw)).status).toBe("expired");
      await expect(activateAccount({ token: raw, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toMatchObject({
        messageKey: "account.activate.linkUnusable",
      });
    });

    it("a new link asked from 'forgotten password' replaces the old one", async () => {
      const user = await invite();
      const first = await latestLink(user.email, "account.activation");
      await requestPasswordReset("NINA.ROUX");
      const second = await latestLink(user.email, "account.activation");
      expect(second).not.toBe(first);
      expect((await openActivation(first)).status).toBe("used");
      expect((await openActivation(second)).status).toBe("valid");
    });
  });

  describe("forgotten password", () => {
    it("answers nothing different for an unknown account and sends nothing", async () => {
      await expect(requestPasswordReset("personne@nulle-part.example")).resolves.toBeUndefined();
      await expect(requestPasswordReset("nobody.here")).resolves.toBeUndefined();
      expect(await getDb().select().from(emailOutbox)).toHaveLength(0);
    });

    it("by email, any case: a one-hour link that ends every session, lifts the lock and serves once", async () => {
      await requestPasswordReset("Camille.Martin@Sante-Logiciels.example");
      const raw = await latestLink("camille.martin@sante-logiciels.example", "account.passwordReset");
      expect(await openPasswordReset(raw)).toMatchObject({ status: "valid", username: "demo.responsable" });
      const before = await appUser("demo.responsable");

      expect(await resetPassword({ token: raw, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
        username: "demo.responsable",
      });
      const after = await appUser("demo.responsable");
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      expect((await verifyCredentials("demo.responsable", DEMO_PASSWORD)).status).toBe("invalid");
      expect((await verifyCredentials("demo.responsable", NEW_PASSWORD)).status).toBe("ok");
      expect((await openPasswordReset(raw)).status).toBe("used");
    });

    it("by username: the link lasts one hour, and a newer request voids the older link", async () => {
      await requestPasswordReset("demo.contributeur");
      const first = await latestLink("lucas.bernard@sante-logiciels.example", "account.passwordReset");
      await requestPasswordReset("demo.contributeur");
      const second = await latestLink("lucas.bernard@sante-logiciels.example", "account.passwordReset");
      expect((await openPasswordReset(first)).status).toBe("used");
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 59 * 60_000);
      expect((await openPasswordReset(second)).status).toBe("valid");
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect((await openPasswordReset(second)).status).toBe("expired");
    });

    it("sends nothing to a disabled account", async () => {
      await getDb().update(users).set({ status: "disabled" }).where(eq(users.username, "demo.contributeur"));
      await requestPasswordReset("demo.contributeur");
      expect(await getDb().select().from(emailOutbox)).toHaveLength(0);
    });
  });

  describe("profile", () => {
    it("updates the name and phone", async () => {
      const user = await appUser("demo.contributeur");
      await updateProfile(user, { firstName: "Luc", lastName: "Bernard-Petit", phone: "06 12 34 56 78" });
      expect(await getProfile(user)).toMatchObject({
        firstName: "Luc",
        lastName: "Bernard-Petit",
        phone: "06 12 34 56 78",
        email: "lucas.bernard@sante-logiciels.example",
      });
    });

    it("changes the email only once confirmed from the new address, and tells the old one", async () => {
      const user = await appUser("demo.contributeur");
      expect(
        await fieldErrorsOf(requestEmailChange(user, { newEmail: "lucas@nouvelle-adresse.example", passwordForEmail: "wrong-one" })),
      ).toEqual({
        passwordForEmail: ["account.password.errors.currentWrong"],
      });
      await requestEmailChange(user, { newEmail: "lucas@nouvelle-adresse.example", passwordForEmail: DEMO_PASSWORD });
      expect(await getProfile(user)).toMatchObject({
        email: "lucas.bernard@sante-logiciels.example",
        pendingEmail: "lucas@nouvelle-adresse.example",
      });
      const raw = await latestLink("lucas@nouvelle-adresse.example", "account.emailChange");
      expect(await openEmailChange(raw)).toMatchObject({ status: "valid", newEmail: "lucas@nouvelle-adresse.example" });
      await confirmEmailChange(raw);
      expect(await getProfile(user)).toMatchObject({ email: "lucas@nouvelle-adresse.example", pendingEmail: null });
      const notices = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "lucas.bernard@sante-logiciels.example"));
      expect(notices.map((n) => n.template)).toEqual(["account.emailChanged"]);
      await expect(confirmEmailChange(raw)).rejects.toMatchObject({ messageKey: "account.confirmEmail.linkUnusable" });
    });

    it("refuses to confirm an address someone else took in the meantime", async () => {
      const user = await appUser("demo.contributeur");
      await requestEmailChange(user, { newEmail: "convoitee@example.org", passwordForEmail: DEMO_PASSWORD });
      const raw = await latestLink("convoitee@example.org", "account.emailChange");
      await getDb().update(users).set({ email: "Convoitee@Example.org" }).where(eq(users.username, "demo.medisoft"));
      await expect(confirmEmailChange(raw)).rejects.toMatchObject({ messageKey: "errors.emailTaken" });
      expect((await getProfile(user)).email).toBe("lucas.bernard@sante-logiciels.example");
    });

    it("says an address is taken only to that address, never on the page", async () => {
      const user = await appUser("demo.contributeur");
      await expect(
        requestEmailChange(user, { newEmail: "camille.martin@sante-logiciels.example", passwordForEmail: DEMO_PASSWORD }),
      ).resolves.toBeUndefined();
      const sent = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "camille.martin@sante-logiciels.example"));
      expect(sent.map((m) => m.template)).toEqual(["account.emailChangeTaken"]);
      expect((await getProfile(user)).pendingEmail).toBeNull();
    });

    it("limits wrong current passwords per account, even in parallel", async () => {
      const user = await appUser("demo.contributeur");
      const tries = await Promise.all(
        Array.from({ length: 12 }, () =>
          changePassword(user, { currentPassword: "wrong-one", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }).catch(
            (e: { messageKey: string }) => e.messageKey,
          ),
        ),
      );
      expect(tries.filter((k) => k === "errors.rateLimited")).toHaveLength(7);
      // Even the right password waits now.
      await expect(
        changePassword(user, { currentPassword: DEMO_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ).rejects.toMatchObject({ messageKey: "errors.rateLimited" });
    });

    it("changes the password with the current one, and ends the other sessions", async () => {
      const user = await appUser("demo.contributeur");
      expect(
        await fieldErrorsOf(changePassword(user, { currentPassword: "wrong-one", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
      ).toEqual({
        currentPassword: ["account.password.errors.currentWrong"],
      });
      await changePassword(user, { currentPassword: DEMO_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      expect((await appUser("demo.contributeur")).sessionVersion).toBe(user.sessionVersion + 1);
      expect((await verifyCredentials("demo.contributeur", NEW_PASSWORD)).status).toBe("ok");
    });
  });

  describe("uniqueness, enforced by the database whatever the case", () => {
    it("refuses a second username or email differing only by case", async () => {
      const [company] = await getDb().select().from(companies).where(eq(companies.siren, "812345676"));
      const base = { firstName: "X", lastName: "Y", companyId: company.id, companyRole: "contributor" as const };
      const dupUsername = await getDb()
        .insert(users)
        .values({ ...base, username: "Demo.Responsable", email: "x1@example.org" })
        .catch((e: unknown) => e);
      expect(isUniqueViolation(dupUsername, "users_username_lower_unique")).toBe(true);
      const dupEmail = await getDb()
        .insert(users)
        .values({ ...base, username: "x.y", email: "CAMILLE.MARTIN@sante-logiciels.example" })
        .catch((e: unknown) => e);
      expect(isUniqueViolation(dupEmail, "users_email_lower_unique")).toBe(true);
    });
  });
});
