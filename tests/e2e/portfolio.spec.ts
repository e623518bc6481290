import { expect, test } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { signIn } from "./support/auth";
import { queryServer, serverDatabase } from "./support/db";
import { draftInteroperabilityEvaluation } from "./support/draft-evaluation";

// A product of its own, so that no other suite's evaluations or plans change what it shows.
const PRODUCT = "Portefeuille Démo";
const LABEL = `${PRODUCT} 1.0 — Linux, Poste de travail`;

/** The product and a draft interoperability evaluation of it. */
async function prepare(): Promise<{ evaluationId: string; productId: string }> {
  const [product] = await queryServer<{ id: string }>(`
    insert into products (company_id, kind, name, version, os, device)
    select company_id, 'base', '${PRODUCT}', '1.0', 'Linux', 'Desktop' from users where username = 'demo.responsable' returning id`);
  return { evaluationId: await draftInteroperabilityEvaluation(product.id), productId: product.id };
}

test("the Responsable sees a validated plan's projected date in the portfolio, sorts and filters it by keyboard", async ({ page }) => {
  test.skip(!serverDatabase, "prepares its evaluation in the PostgreSQL server's database");
  test.setTimeout(180_000);
  const { evaluationId, productId } = await prepare();
  let quarter = "";

  await test.step("the draft waits for validation on the dashboard", async () => {
    await signIn(page, "demo.responsable");
    await visit(page, "/dashboard");
    const drafts = page.getByRole("region", { name: /^Brouillons à valider/ });
    await expect(drafts.getByRole("link", { name: `Évaluation Interopérabilité — ${LABEL}` })).toHaveAttribute(
      "href",
      `/evaluations/${evaluationId}`,
    );
  });

  await test.step("validates the evaluation, then the plan", async () => {
    await visit(page, `/evaluations/${evaluationId}`);
    await page.getByRole("button", { name: "Valider l’évaluation" }).click();
    await expect(page).toHaveURL(/\/results\?done=validated$/);
    await visit(page, `/products/${productId}/plan`);
    const theme = page.getByTestId("compliance-interoperability");
    await expect(theme).toHaveText(/Conforme au T\d\s\d{4}$/);
    quarter = /T\d\s\d{4}$/.exec((await theme.textContent())!)![0];
    await page.getByRole("button", { name: "Valider le plan" }).click();
    await expect(page).toHaveURL(/\?done=validated$/);
    await expectAccessible(page);
  });

  await test.step("filters the portfolio by keyboard: the product's projected date and validated plan", async () => {
    await visit(page, "/dashboard");
    const search = page.getByRole("searchbox", { name: "Produit" });
    await search.focus();
    await page.keyboard.type("portefeuille demo"); // case and accents do not matter
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard\?.*q=portefeuille\+demo/);
    await expectAccessible(page);
    const table = page.getByRole("table", { name: /^Portefeuille/ });
    await expect(table.locator("tbody tr")).toHaveCount(3);
    const interop = table.locator("tbody tr").filter({ hasText: "Interopérabilité" });
    await expect(interop.getByRole("link", { name: LABEL, exact: true })).toHaveAttribute("href", `/products/${productId}`);
    await expect(interop).toContainText(quarter.replace(/\s/, "\u00a0"));
    await expect(interop.getByRole("link", { name: /^Validé le .* — plan de convergence de/ })).toHaveAttribute(
      "href",
      `/products/${productId}/plan`,
    );
    await expect(interop).toContainText("Validée");
    await expect(table.locator("tbody tr").filter({ hasText: "Sécurité" })).toContainText("Non évalué");
    // The validated plan and evaluation no longer wait for the user.
    await expect(page.getByTestId("needs")).not.toContainText(LABEL);
  });

  await test.step("sorts a column by keyboard; the URL keeps the filter", async () => {
    const header = page.getByRole("columnheader", { name: /Conformité projetée/ });
    await header.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=compliance&dir=asc/);
    await expect(page).toHaveURL(/q=portefeuille\+demo/);
    await expect(page.getByRole("columnheader", { name: /Conformité projetée/ })).toHaveAttribute("aria-sort", "ascending");
    const rows = page.getByRole("table", { name: /^Portefeuille/ }).locator("tbody tr");
    await expect(rows.first()).toContainText("Interopérabilité"); // the only theme with a date; "—" goes last
    await expectAccessible(page);
  });

  await test.step("a filter that matches nothing says so, and offers to clear it", async () => {
    await visit(page, "/dashboard?q=aucun-produit-de-ce-nom");
    await expect(page.getByText("Aucune ligne ne correspond aux filtres.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Effacer les filtres" })).toBeVisible();
  });

  await test.step("no horizontal scrolling at 1280 and 390 px", async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await visit(page, "/dashboard");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: test.info().outputPath(`dashboard-${width}.png`), fullPage: true });
    }
  });
});
