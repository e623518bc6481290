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
  // A new company shows at the next visit: the figures are read live, not built in.
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
  await visit(page, "/faq");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: /english/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

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
