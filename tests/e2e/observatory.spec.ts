import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { FIXTURE_PLAN_NOTE, observatoryFixtureSql, observatoryPlanFixtureSql } from "../../lib/observatory/test-fixtures";
import { expectAccessible, visit } from "./support/a11y";
import { signIn, signOut } from "./support/auth";
import { queryServer, serverDatabase } from "./support/db";

// The observatory needs validated evaluations from enough companies: they are written straight
// into the server's database, which only the PostgreSQL run allows.
test.skip(!serverDatabase, "needs DATABASE_URL (PostgreSQL) to add validated evaluations");

test.beforeAll(async () => {
  const [{ n }] = await queryServer<{ n: number }>("select count(*)::int as n from companies where siren like '98765%'");
  if (n === 0) for (const statement of [...observatoryFixtureSql(), ...observatoryPlanFixtureSql()]) await queryServer(statement);
});

test("an operator reads the observatory, filters it, and exports what is shown; a group of four never shows", async ({ page }) => {
  await signIn(page, "demo.operateur");
  await page.getByRole("link", { name: "Observatoire" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Observatoire national");
  await expectAccessible(page);
  const themes = page.getByTestId("table-themes");
  await expect(themes.getByRole("row", { name: /Sécurité/ })).toContainText("10");
  await expect(themes.getByRole("row", { name: /Interopérabilité/ })).toContainText("données insuffisantes");
  await expect(page.getByTestId("chart-averages")).toBeVisible();

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en CSV" }).click()]);
  const csvText = readFileSync((await csv.path())!, "utf8");
  expect(csvText).toContain("Score moyen et conformité par thème");
  expect(csvText).toMatch(/Sécurité;\d+(,\d)?;\d+\s%;10;10/);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en XLSX" }).click()]);
  const files = unzipSync(readFileSync((await xlsx.path())!));
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  // Numbers stay numbers: the count of companies is a numeric cell, not text.
  expect(sheet).toMatch(/<c r="E3"[^>]*><v>10<\/v><\/c>/);

  // Projected compliance from the ten validated plans: a line per theme, its figures beside it.
  const projection = page.getByTestId("projection");
  await expect(projection.getByRole("heading", { name: "Conformité nationale projetée d’après les plans validés" })).toBeVisible();
  await expect(projection.getByRole("img", { name: /^Sécurité : part des produits projetés conformes/ })).toBeVisible();
  const projected = page.getByTestId("table-projection");
  // Four quarters from this one; two website products more become compliant each quarter.
  await expect(projected.getByRole("row")).toHaveCount(5);
  await expect(projected.getByRole("row").nth(4)).toContainText(/60\s%/);
  await expect(projected.getByRole("row").nth(1)).toContainText(/insuffisantes0\s%/);
  expect(await page.content()).not.toContain(FIXTURE_PLAN_NOTE);
  expect(csvText).toContain("Conformité nationale projetée d’après les plans validés");
  expect(csvText).toMatch(/;données insuffisantes;60\s%;données insuffisantes/);
  expect(csvText).not.toContain(FIXTURE_PLAN_NOTE);
  expect(strFromU8(files["xl/workbook.xml"])).toContain("Conformité nationale projetée");

  // Four mobile companies: their figures are never shown, nor is the Website view they complete.
  await page.getByLabel("Support").selectOption("Mobile");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/device=Mobile/);
  await expect(themes.getByRole("row", { name: /Sécurité/ })).toContainText("données insuffisantes");
  await expect(themes).not.toContainText("90");
  await expectAccessible(page);
  const [filtered] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en CSV" }).click()]);
  const filteredText = readFileSync((await filtered.path())!, "utf8");
  expect(filteredText).toContain("Sécurité;données insuffisantes;données insuffisantes");
  await expect(projected).not.toContainText("%");
  await page.goto("/operator/observatory?device=Website&os=Web");
  await expect(themes.getByRole("row", { name: /Sécurité/ })).toContainText("données insuffisantes");
});

test("the observatory at 390 px: the wide tables scroll inside their own region", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "demo.operateur");
  await visit(page, "/operator/observatory");
  const region = page.getByRole("region", { name: "Score moyen par exigence" });
  await expect(region).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test("company users get 404 on the observatory and the audit trail; support reads the audit trail", async ({ page }) => {
  await signIn(page, "demo.responsable");
  for (const path of ["/operator/observatory", "/operator/observatory/export.csv", "/audit", "/audit/export.csv"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await signOut(page);
  await signIn(page, "demo.support");
  expect((await page.request.get("/operator/observatory")).status()).toBe(403);
  await visit(page, "/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal d’audit");
});

test("an operator reads the audit trail in words, filters it and exports it", async ({ page }) => {
  await signIn(page, "demo.operateur");
  await page.getByRole("link", { name: "Journal d’audit" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal d’audit");
  await expectAccessible(page);
  // The operator's own sign-in is the latest event.
  await page.getByLabel("Action").selectOption({ label: "Connexion" });
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Inès Petit a ouvert une session" }).first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Exporter en CSV/ }).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text).toContain("Inès Petit a ouvert une session");
  expect(text).toContain("auth.sign_in");
  expect(text).not.toContain("auth.sign_out");
});
