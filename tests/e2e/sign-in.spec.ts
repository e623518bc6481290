import { expect, test } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { DEMO_PASSWORD, signIn, signOut } from "./support/auth";

const ROLES = [
  {
    username: "demo.responsable",
    name: "Camille Martin",
    role: "Responsable",
    home: /\/dashboard$/,
    nav: "Mon espace",
    company: "Santé Logiciels SAS",
  },
  {
    username: "demo.contributeur",
    name: "Lucas Bernard",
    role: "Contributeur",
    home: /\/dashboard$/,
    nav: "Mon espace",
    company: "Santé Logiciels SAS",
  },
  {
    username: "demo.operateur",
    name: "Inès Petit",
    role: "Opérateur de l’Agence",
    home: /\/operator$/,
    nav: "Demandes de compte",
    company: null,
  },
  {
    username: "demo.support",
    name: "Hugo Moreau",
    role: "Support de l’Agence",
    home: /\/support$/,
    nav: "Recherche de sociétés",
    company: null,
  },
];

for (const who of ROLES) {
  test(`${who.username} signs in, sees who and which role, gets the right menu, and signs out`, async ({ page }) => {
    await signIn(page, who.username);
    await expect(page).toHaveURL(who.home);
    const header = page.getByTestId("signed-in-user");
    await expect(header).toContainText(who.name);
    await expect(header).toContainText(`Rôle : ${who.role}`);
    if (who.company) await expect(header).toContainText(who.company);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: who.nav })).toHaveAttribute("aria-current", "page");
    await signOut(page);
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByRole("main").getByRole("status")).toContainText("Vous êtes déconnecté.");
    await expectAccessible(page);
    // Signed out means signed out: the private space sends back to the sign-in page.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?from=%2Fdashboard$/);
  });
}

test("a company user cannot open the agency spaces", async ({ page }) => {
  await signIn(page, "demo.responsable");
  await visit(page, "/operator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous n’avez pas le droit d’effectuer cette action.");
});

test("a wrong password shows an error and keeps the username", async ({ page }) => {
  await visit(page, "/login");
  await page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true }).fill("demo.responsable");
  await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Nom d’utilisateur ou mot de passe incorrect.");
  await expect(alert).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true })).toHaveValue("demo.responsable");
  await expectAccessible(page);
});

test("after five failures the sixth attempt is refused, even with the right password", async ({ page }) => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto("/login");
    await page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true }).fill("demo.contributeur");
    await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).last().click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  }
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true }).fill("demo.contributeur");
  await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Trop de tentatives échouées pour ce nom d’utilisateur");
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expectAccessible(page);
});

test("sign-in works with the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true }).focus();
  await page.keyboard.type("demo.support");
  await page.keyboard.press("Tab"); // password
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/support$/);
});

test("pages declare a favicon that the server serves", async ({ page }) => {
  await visit(page, "/login");
  const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("the menu groups the company's work, the help pages and the account, with a menu button on a phone", async ({ page }) => {
  await signIn(page, "demo.responsable");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  // At 1280 px the company's work and the help entry hold on one line.
  const tops = await nav
    .getByRole("listitem")
    .evaluateAll((items) => [
      ...new Set(items.filter((i) => (i as HTMLElement).offsetParent).map((i) => Math.round(i.getBoundingClientRect().top))),
    ]);
  expect(tops).toHaveLength(1);
  const help = nav.getByRole("button", { name: "Aide et ressources" });
  await expect(help).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Foire aux questions" })).toBeHidden();
  await help.click();
  await expect(help).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Foire aux questions" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(help).toHaveAttribute("aria-expanded", "false");
  await expect(help).toBeFocused();
  // Profile, local mailbox and sign-out live in the account menu.
  await page.getByRole("button", { name: /Menu du compte/ }).click();
  await expect(page.getByRole("link", { name: "Mon profil" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  // A phone: one "Menu" button, operated with the keyboard.
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, "/products");
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Produits" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Produits" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
  await nav.getByRole("link", { name: "Évaluations" }).click();
  await expect(page).toHaveURL(/\/evaluations$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
