import { expect, test, type Page } from "@playwright/test";
import { choosePassword } from "./support/account-request-flow";
import { expectAccessible, visit } from "./support/a11y";
import { signIn, signOut } from "./support/auth";
import { openLatestEmail } from "./support/mailbox";

const AGENT = {
  firstName: "Léa",
  lastName: "Fabre",
  email: "lea.fabre@agence.example",
  username: "lea.fabre",
  password: "Fabre-Support-2026!",
};
const LOCKED = { username: "demo.redactrice", name: "Zoé Laurent" };
const REASON = "Appel de Zoé Laurent : bloquée après des essais";

async function failSignIn(page: Page, username: string) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Nom d’utilisateur" }).fill(username);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill("pas-le-bon-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
}

test("an administrator creates a support account; the agent finds a company by a misspelt name and unlocks a user with a reason", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  await test.step("the administrator invites a support agent", async () => {
    await signIn(page, "demo.admin");
    await visit(page, "/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comptes de l’Agence");
    // A missing role is said next to its field; what was typed stays.
    await page.getByLabel(/^Prénom/).fill(AGENT.firstName);
    await page.getByLabel(/^Nom/).fill(AGENT.lastName);
    await page.getByLabel(/^Adresse e-mail professionnelle/).fill(AGENT.email);
    await page.getByRole("button", { name: "Inviter" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(page.getByLabel(/^Adresse e-mail professionnelle/)).toHaveValue(AGENT.email);
    await expectAccessible(page);
    await page.getByLabel(/^Rôle/).selectOption({ label: "Support de l’Agence" });
    await page.getByRole("button", { name: "Inviter" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(`Compte invité\u202f: ${AGENT.username}`);
    await expect(page.getByRole("row", { name: /Léa Fabre/ })).toContainText("Invité");
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the agent activates the account from the email", async () => {
    const email = await openLatestEmail(page, AGENT.email, /Activez votre compte/);
    expect(email.text).toContain(AGENT.username);
    await page.goto(email.links.find((l) => l.includes("/activate/"))!);
    await expectAccessible(page);
    await choosePassword(page, AGENT.password, true);
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await expect(page).toHaveURL(/\/login\?activated=/);
  });

  await test.step("a user locks their username with failed sign-ins", async () => {
    const other = await browser.newContext({ locale: "fr-FR" });
    const visitor = await other.newPage();
    for (let i = 0; i < 5; i++) await failSignIn(visitor, LOCKED.username);
    await expect(visitor.getByRole("main").getByRole("alert")).toContainText("Trop de tentatives échouées");
    await other.close();
  });

  await test.step("the agent finds the company by a misspelt name, with the keyboard", async () => {
    await signIn(page, AGENT.username, AGENT.password);
    await expect(page).toHaveURL(/\/support$/);
    await expectAccessible(page);
    const box = page.getByRole("combobox", { name: "Rechercher une société ou une personne" });
    await box.fill("sante logicels");
    const option = page.getByRole("option", { name: /^Santé Logiciels SAS/ });
    await expect(option).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /résultat/ })).toHaveText(/\d+ résultats?/);
    await expectAccessible(page);
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", "support-hit-0");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Santé Logiciels SAS");
    await expectAccessible(page);
    const members = page.getByRole("table", { name: "Comptes" });
    await expect(members.getByRole("row", { name: new RegExp(LOCKED.name) })).toContainText(/\d{2}:\d{2}/);
    // States and figures only: no answers, evidence or plan content on the page.
    await expect(page.getByRole("heading", { name: "Évaluations" })).toBeVisible();
    await members.getByRole("link", { name: LOCKED.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LOCKED.name);
    await expectAccessible(page);
  });

  await test.step("the agent unlocks the username with a reason and a confirmation", async () => {
    await page.getByText("Déverrouiller le nom d’utilisateur").click();
    await page.getByRole("button", { name: "Déverrouiller", exact: true }).click();
    // Nothing confirmed, no reason: both are asked for, next to their field.
    await expect(page.getByText("Indiquez le motif (5 caractères au moins).")).toBeVisible();
    await expect(page.getByText("Cochez la case pour confirmer.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("textbox", { name: /^Motif/ }).fill(REASON);
    await page.getByRole("checkbox", { name: "Je confirme cette action." }).check();
    await page.getByRole("button", { name: "Déverrouiller", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Le nom d’utilisateur est déverrouillé");
    await expect(page.getByText("Non verrouillé")).toBeVisible();
    const event = page.getByRole("table", { name: "Événements récents" }).getByRole("row", { name: /support\.unlocked/ });
    await expect(event).toContainText(REASON);
    await expect(event).toContainText("Léa Fabre");
    await expectAccessible(page);
  });

  await test.step("the person is told by email, and can sign in again", async () => {
    await signOut(page);
    const email = await openLatestEmail(page, "zoe.laurent@sante-logiciels.example", /déverrouillé/);
    expect(email.text).toContain(LOCKED.username);
    await signIn(page, LOCKED.username);
    await signOut(page);
  });
});

test("company users get 404 on the agency pages; other agency roles 403", async ({ page }) => {
  await signIn(page, "demo.responsable");
  for (const path of ["/support", "/admin", "/support/messages"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const search = await page.request.get("/support/search?q=sante");
  expect(search.status()).toBe(404);
  await signOut(page);
  await signIn(page, "demo.support");
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expectAccessible(page);
});

test("support pages are usable at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "demo.support");
  await visit(page, "/support?q=medisoft");
  await page.getByRole("link", { name: "MédiSoft Éditions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MédiSoft Éditions");
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await visit(page, "/support/messages");
});
