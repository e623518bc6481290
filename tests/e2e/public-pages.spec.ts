import { expect, test } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { queryServer, serverDatabase } from "./support/db";

test("the landing page explains the three steps and shows live counts", async ({ page }) => {
  await visit(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Doctrine du numérique en santé");
  const steps = page.getByRole("region", { name: /Trois étapes/ }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Déclarer un produit");
  await expect(steps.nth(1)).toContainText("L’évaluer");
  await expect(steps.nth(2)).toContainText("Projeter une feuille de route");
  for (const key of ["companies", "users", "products"]) {
    await expect(page.getByTestId(`count-${key}`)).toHaveText(/^\d[\d\s  ]*$/);
  }
});

test("the landing counts match the database", async ({ page }) => {
  test.skip(!serverDatabase, "direct database reads need the PostgreSQL server");
  const [row] = await queryServer<{ companies: string; users: string; products: string }>(`
    select (select count(*) from companies where status = 'active') as companies,
           (select count(*) from users where status = 'active' and company_id is not null) as users,
           (select count(*) from products where status = 'active') as products`);
  await page.goto("/");
  for (const key of ["companies", "users", "products"] as const) {
    await expect(page.getByTestId(`count-${key}`)).toHaveAttribute("data-value", String(row[key]));
  }
  // A new company shows at the next visit: the page is prerendered, but its figures are read
  // when the browser asks for them (PUBLIC_COUNTS_CACHE_SECONDS=0 here), not built in.
  await queryServer(
    `insert into companies (siren, legal_name, address_line, postal_code, city) values ('456789122', 'Nouvelle Société', '1 rue Neuve', '75001', 'Paris')`,
  );
  await page.reload();
  await expect(page.getByTestId("count-companies")).toHaveAttribute("data-value", String(Number(row.companies) + 1));
  await queryServer(`delete from companies where siren = '456789122'`);
});

test("the FAQ answers the getting-started, profile, product and username questions", async ({ page }) => {
  await visit(page, "/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Foire aux questions" }).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expectAccessible(page);
  for (const topic of ["Premiers pas", "Déclarer un produit", "Gestion du compte"]) {
    await expect(page.getByRole("heading", { level: 2, name: topic })).toBeVisible();
  }
  const question = page.getByText("Quelle différence entre un produit socle et un produit option ?");
  await question.click();
  await expect(page.getByText(/Un produit option étend le périmètre/)).toBeVisible();
  await page.getByText("Avec quel identifiant me connecter ?").click();
  await expect(page.getByText(/Il peut être différent de votre adresse électronique/).first()).toBeVisible();
});

test("the documentation has a table of contents that leads to each section", async ({ page }) => {
  await visit(page, "/documentation");
  const toc = page.getByRole("navigation", { name: "Sommaire de la documentation" });
  await toc.getByRole("link", { name: "Plan de convergence" }).click();
  await expect(page).toHaveURL(/#plan$/);
  await expect(page.getByRole("heading", { level: 2, name: "Plan de convergence" })).toBeInViewport();
});

test("French by default, English on request, and the choice persists across visits", async ({ page, context }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await visit(page, "/faq");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: /english/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  // And back, on the same prerendered page.
  await page.getByRole("button", { name: /français/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Foire aux questions");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: /english/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  expect(violations).toEqual([]);

  const later = await context.newPage();
  await later.goto("/");
  await expect(later.getByRole("heading", { level: 1 })).toContainText("eHealth Doctrine");
  await later.getByRole("button", { name: /français/i }).click();
  await expect(later.getByRole("heading", { level: 1 })).toContainText("Doctrine du numérique en santé");
  await expect(later.locator("html")).toHaveAttribute("lang", "fr");
});

test("an unknown page says so", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expectAccessible(page);
});

test("the public pages are prerendered with a policy that allows only their own inline scripts", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/faq");
  const policy = response!.headers()["content-security-policy"];
  const script = policy.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(script).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  // The same HTML for every visitor: a second request gets the same policy (no nonce).
  expect((await request.get("/faq")).headers()["content-security-policy"]).toBe(policy);
  // Scripts run: the page hydrates and its client navigation works.
  await page.getByRole("contentinfo").getByRole("link", { name: "Documentation" }).click();
  await expect(page).toHaveURL(/\/documentation$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  expect(violations).toEqual([]);
});

test("a language's own address serves that language, and the switch returns to the public address", async ({ page }) => {
  await visit(page, "/en/faq");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /français/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Foire aux questions");
  expect(new URL(page.url()).pathname).toBe("/faq");
});
