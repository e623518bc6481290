import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn, signOut } from "./support/auth";
import { approvedRequest, choosePassword, visit } from "./support/account-request-flow";
import { serverDatabase, queryServer } from "./support/db";
import { openLatestEmail } from "./support/mailbox";

/** A new Responsable, activated through the pages; returns its username and password. */
async function activeAccount(page: Page, who: { siren: string; legalName: string; firstName: string; lastName: string; email: string }) {
  const { activationLink, username } = await approvedRequest(page, who);
  const password = `${who.lastName}-Convergence-2026`;
  await page.goto(activationLink);
  await choosePassword(page, password, true);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/login\?activated=/);
  return { username, password };
}

async function askForLink(page: Page, identifier: string): Promise<string> {
  await visit(page, "/forgot-password");
  await page.getByLabel("Nom d’utilisateur ou adresse électronique").fill(identifier);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toBeVisible();
  await expectAccessible(page);
  return ((await status.textContent()) ?? "").replace(identifier, "…");
}

test("activation links: a replaced link and a used link explain what to do next", async ({ page }) => {
  test.setTimeout(150_000);
  const who = { siren: "301237574", legalName: "Liens Santé", firstName: "Jules", lastName: "Perrin", email: "jules.perrin@liens.example" };
  const { activationLink: first, username } = await approvedRequest(page, who);

  // Asking for a new link (from "forgotten password") replaces the first one.
  await askForLink(page, who.email);
  const email = await openLatestEmail(page, who.email, /Activez votre compte/);
  const second = email.links.find((l) => l.includes("/activate/"))!;
  expect(second).not.toBe(first);

  await visit(page, new URL(first).pathname);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce lien a déjà été utilisé, ou un lien plus récent l’a remplacé.");
  await expect(page.getByRole("link", { name: "Recevoir un nouveau lien" })).toBeVisible();

  await page.goto(second);
  await choosePassword(page, "Perrin-Liens-2026!", true);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/login\?activated=/);

  // Used once: the same link now says so.
  await visit(page, new URL(second).pathname);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce lien a déjà été utilisé");
  await signIn(page, username, "Perrin-Liens-2026!");
});

test("forgotten password: the same answer for anyone, a one-time link, the new password works", async ({ page }) => {
  test.setTimeout(150_000);
  const who = { siren: "301316766", legalName: "Oubli Santé", firstName: "Léa", lastName: "Girard", email: "lea.girard@oubli.example" };
  const { username, password } = await activeAccount(page, who);

  const unknown = await askForLink(page, "personne@nulle-part.example");
  const known = await askForLink(page, username);
  expect(known).toBe(unknown);

  const email = await openLatestEmail(page, who.email, /nouveau mot de passe/);
  expect(email.text).toContain(username);
  const link = email.links.find((l) => l.includes("/reset-password/"))!;
  await visit(page, new URL(link).pathname);
  await expect(page.getByText(`Nouveau mot de passe pour le compte ${username}`)).toBeVisible();
  await choosePassword(page, "Girard-Nouveau-2026!", false);
  await page.getByLabel("Confirmez le mot de passe").fill("autre-chose-2026");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.locator("#field-confirmPassword-error")).toHaveText("Les deux mots de passe ne sont pas identiques.");
  await choosePassword(page, "Girard-Nouveau-2026!", false);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre mot de passe a été modifié");
  await expectAccessible(page);

  await visit(page, new URL(link).pathname);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce lien a déjà été utilisé");

  await page.goto("/login");
  await page.getByLabel("Nom d’utilisateur").fill(username);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nom d’utilisateur ou mot de passe incorrect.");
  await signIn(page, username, "Girard-Nouveau-2026!");
});

test("the profile: name and phone, a change of email confirmed from the new address, a change of password", async ({ page }) => {
  test.setTimeout(150_000);
  const who = { siren: "301395950", legalName: "Profil Santé", firstName: "Inès", lastName: "Caron", email: "ines.caron@profil.example" };
  const { username, password } = await activeAccount(page, who);
  await signIn(page, username, password);
  // The profile sits in the account menu of the header.
  await page.getByRole("button", { name: /Menu du compte/ }).click();
  await page.getByRole("link", { name: "Mon profil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await expectAccessible(page);

  await page.getByLabel("Téléphone").fill("06 11 22 33 44");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Caron-Dubois");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Vos informations ont été enregistrées.");
  await expect(page.getByTestId("signed-in-user")).toContainText("Inès Caron-Dubois");

  await page.getByLabel("Nouvelle adresse électronique").fill("ines@nouvelle.example");
  // Changing the email needs the current password (re-authentication).
  const emailSection = page.getByRole("region", { name: "Adresse électronique" });
  await emailSection.getByLabel("Mot de passe actuel").fill(password);
  await page.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  await expect(page.getByText("Un lien de confirmation a été envoyé à ines@nouvelle.example")).toBeVisible();
  await expect(page.getByTestId("current-email")).toHaveText(`Adresse actuelle : ${who.email}`);
  const email = await openLatestEmail(page, "ines@nouvelle.example", /Confirmez votre nouvelle adresse/);
  await visit(page, new URL(email.links.find((l) => l.includes("/confirm-email/"))!).pathname);
  await page.getByRole("button", { name: "Confirmer la nouvelle adresse" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre adresse électronique est désormais ines@nouvelle.example.");
  await visit(page, "/profile");
  await expect(page.getByTestId("current-email")).toHaveText("Adresse actuelle : ines@nouvelle.example");
  const notice = await openLatestEmail(page, who.email, /a changé/);
  expect(notice.text).toContain("ines@nouvelle.example");

  // Change of password: this session stays open.
  await visit(page, "/profile");
  await page.getByRole("region", { name: "Mot de passe" }).getByLabel("Mot de passe actuel").fill(password);
  await choosePassword(page, "Caron-Nouveau-Secret-2026", false);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été modifié. Vos autres sessions ont été fermées.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await signOut(page);
  await signIn(page, username, "Caron-Nouveau-Secret-2026");
});

test("a new version of the terms is accepted at the next sign-in, before anything else", async ({ page }) => {
  // Ageing a user's accepted version needs a write to the database, possible on the server only.
  test.skip(!serverDatabase, "needs DATABASE_URL (the PGlite directory belongs to the app server)");
  await queryServer("update users set terms_version = '2025-01' where username = 'demo.medisoft'");
  await page.goto("/login");
  await page.getByLabel("Nom d’utilisateur").fill("demo.medisoft");
  await page.getByLabel(/^Mot de passe/).fill("Demo-Convergence-2026");
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page).toHaveURL(/\/accept-terms/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelles conditions d’utilisation");
  await expectAccessible(page);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/accept-terms\?from=%2Fdashboard$/);
  await page.getByRole("button", { name: "Accepter et continuer" }).click();
  await expect(page.locator("#field-acceptTerms-error")).toBeVisible();
  await page.getByLabel(/J’ai lu et j’accepte les conditions générales d’utilisation \(version 2026-01\)/).check();
  await page.getByRole("button", { name: "Accepter et continuer" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const [row] = await queryServer<{ terms_version: string }>("select terms_version from users where username = 'demo.medisoft'");
  expect(row.terms_version).toBe("2026-01");
});
