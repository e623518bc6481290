import { expect, test } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";

test("anyone can read every questionnaire version, with what changed between versions", async ({ page }) => {
  await visit(page, "/questionnaires");
  for (const theme of ["Interopérabilité", "Sécurité", "Urbanisation", "Stratégie globale (à l’échelle de la société)"]) {
    await expect(page.getByRole("heading", { level: 2, name: theme })).toBeVisible();
  }
  const interop = page.getByRole("region", { name: "Interopérabilité" });
  await expect(interop.getByRole("listitem")).toHaveCount(2);
  await expect(interop.getByRole("listitem").first()).toContainText("Version en vigueur");

  await interop.getByRole("link", { name: /version 2026\.1/ }).click();
  await expect(page).toHaveURL(/\/questionnaires\/interoperability\/2026\.1$/);
  await expectAccessible(page);
  const changes = page.getByRole("region", { name: /Ce qui change depuis la version 2025\.1/ });
  await expect(changes).toContainText("INT-TERM-02");
  await expect(changes.getByRole("link", { name: "INT-FHIR-02" })).toBeVisible();
  // A requirement shows its target, applicability and what "verified" means.
  const requirement = page.getByRole("article", { name: /./ }).first();
  await expect(requirement).toContainText("Cible");
  await expect(requirement).toContainText("« Vérifié » signifie");

  await page.getByRole("button", { name: /english/i }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Answer scale" })).toBeVisible();
  await expectAccessible(page);
});

test("an unknown questionnaire version is a 404", async ({ page }) => {
  const response = await page.goto("/questionnaires/interoperability/1999.1");
  expect(response?.status()).toBe(404);
  const traversal = await page.goto("/questionnaires/..%2F..%2Fpackage.json/2025.1");
  expect(traversal?.status()).toBe(404);
});
