import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { signIn } from "./support/auth";
import { queryServer, serverDatabase } from "./support/db";
import { draftInteroperabilityEvaluation } from "./support/draft-evaluation";
import { openLatestEmail } from "./support/mailbox";

// The plan journey uses the option product, which the other suites leave alone.
const PRODUCT = "Module Télé-expertise";
const RESPONSABLE_EMAIL = "camille.martin@sante-logiciels.example";

const line = (page: Page, id: string) => page.getByTestId(`line-${id}`);
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
const compliance = (page: Page) => page.getByTestId("plan-compliance");
/**
 * The commitment choices whose chosen text is wider than the room the select leaves for it
 * (the browser cuts it: "3 — Réalis"), measured with the select's own font.
 */
const cutSelects = (page: Page) =>
  page.locator('[data-testid^="line-"] select').evaluateAll((selects) => {
    const context = document.createElement("canvas").getContext("2d")!;
    return (selects as HTMLSelectElement[])
      .filter((select) => {
        const style = getComputedStyle(select);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(select.selectedOptions[0]?.text ?? "").width;
        // The drop-down arrow takes about 20 px on the right.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return text > room;
      })
      .map((select) => `${select.id}: ${select.selectedOptions[0]?.text}`);
  });

/** A draft interoperability evaluation of the demo product, so that the journey starts at "validate the evaluation". */
async function draftEvaluation(): Promise<{ evaluationId: string; productId: string }> {
  const [product] = await queryServer<{ id: string }>(`
    select p.id from products p join users u on u.company_id = p.company_id and u.username = 'demo.responsable' where p.name = '${PRODUCT}'`);
  return { evaluationId: await draftInteroperabilityEvaluation(product.id), productId: product.id };
}

test("from a validated evaluation to a validated plan, its compliance date moving as it is adjusted", async ({ page, browser }) => {
  test.skip(!serverDatabase, "prepares its evaluation in the PostgreSQL server's database");
  test.setTimeout(240_000);
  const { evaluationId, productId } = await draftEvaluation();
  const planUrl = `/products/${productId}/plan`;

  await test.step("the Responsable validates the evaluation and opens the plan from the results", async () => {
    await signIn(page, "demo.responsable");
    await visit(page, `/evaluations/${evaluationId}`);
    await page.getByRole("button", { name: "Valider l’évaluation" }).click();
    await expect(page).toHaveURL(/\/results\?done=validated$/);
    await page.getByRole("link", { name: "Plan de convergence" }).click();
    await expect(page).toHaveURL(new RegExp(`${planUrl}$`));
    await expectAccessible(page);
  });

  await test.step("the plan lists the two requirements below target, with defaults and a compliance date", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Plan de convergence — ${PRODUCT}`);
    await expect(page.getByText(/^Point de départ\s:\sdernière évaluation validée/)).toBeVisible();
    await expect(line(page, "INT-CISIS-01")).toBeVisible();
    await expect(line(page, "INT-TERM-01")).toBeVisible();
    await expect(line(page, "INT-FHIR-01")).toHaveCount(0);
    const atTarget = page.getByTestId("at-target-interoperability");
    await atTarget.getByText("2 exigences déjà à la cible").click();
    await expect(atTarget.getByRole("row", { name: /INT-FHIR-01/ })).toBeVisible();
    await expect(atTarget.getByRole("row", { name: /INT-EXP-01/ })).toContainText("4 —");
    // Security and urbanisation are not evaluated: the product's date is unknown, the theme's is known.
    await expect(compliance(page)).toContainText("Date inconnue");
    await expect(page.getByTestId("curve-interoperability")).toBeVisible();
    await expect(page.getByTestId("timeline-figures")).toContainText("INT-CISIS-01");
  });

  await test.step("moving the mandatory commitment later moves the compliance date", async () => {
    const quarter = line(page, "INT-CISIS-01").getByLabel("Trimestre prévu pour INT-CISIS-01");
    const theme = page.getByTestId("compliance-interoperability");
    await expect(theme).toHaveText(/^Interopérabilité\s:\sConforme au T\d\s\d{4}$/);
    const before = (await theme.textContent())!;
    await quarter.selectOption({ index: 8 });
    const chosen = (await quarter.locator("option:checked").textContent())!.trim();
    await expect(line(page, "INT-CISIS-01")).toContainText("Enregistré");
    await expect(theme).toHaveText(`Interopérabilité\u00a0: Conforme au ${chosen}`);
    expect(before).not.toContain(chosen);
    await line(page, "INT-CISIS-01").getByLabel("Porteur de INT-CISIS-01").selectOption({ label: "Camille Martin" });
    await expect(line(page, "INT-CISIS-01")).toContainText("Enregistré");
    await line(page, "INT-TERM-01").getByLabel("Note sur INT-TERM-01").fill("Terminologies après la refonte");
    await line(page, "INT-TERM-01").getByLabel("Note sur INT-TERM-01").blur();
    await expect(line(page, "INT-TERM-01")).toContainText("Enregistré");
    await page.reload();
    await expect(line(page, "INT-CISIS-01").getByLabel("Porteur de INT-CISIS-01")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(line(page, "INT-TERM-01").getByLabel("Note sur INT-TERM-01")).toHaveValue("Terminologies après la refonte");
    await expectAccessible(page);
  });

  await test.step("a draft-only contributor edits but cannot validate, and is told why", async () => {
    await queryServer(`insert into grants (user_id, company_id, kind, product_id, level)
      select u.id, u.company_id, 'product', '${productId}', 'draft' from users u where u.username = 'demo.redactrice'`);
    const context = await browser.newContext({ locale: "fr-FR" });
    const drafter = await context.newPage();
    await signIn(drafter, "demo.redactrice");
    await visit(drafter, planUrl);
    await expect(drafter.getByRole("button", { name: "Valider le plan" })).toHaveCount(0);
    await expect(drafter.getByText("Vous pouvez modifier ce plan, mais pas le valider")).toBeVisible();
    await expect(line(drafter, "INT-TERM-01").getByLabel("Trimestre prévu pour INT-TERM-01")).toBeEnabled();
    await context.close();
  });

  await test.step("another company gets a 404", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const stranger = await context.newPage();
    await signIn(stranger, "demo.medisoft");
    const response = await stranger.goto(planUrl);
    expect(response?.status()).toBe(404);
    await context.close();
  });

  await test.step("the Responsable validates the plan: signed, listed, emailed", async () => {
    await page.getByRole("button", { name: "Valider le plan" }).click();
    await expect(page).toHaveURL(/\?done=validated$/);
    await expect(page.getByText("Plan validé.")).toBeVisible();
    await expect(page.getByTestId("plan-status")).toContainText("par Camille Martin");
    await expect(page.getByTestId("plan-history")).toContainText("par Camille Martin");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath("plan-1280.png"), fullPage: true });
    // Planned level, quarter and owner are read whole at 1280 px.
    expect(await cutSelects(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: test.info().outputPath("plan-390.png"), fullPage: true });
    // The commitments table scrolls inside its own labelled region, never the page.
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    const email = await openLatestEmail(page, RESPONSABLE_EMAIL, /Plan de convergence validé/);
    expect(email.text).toContain("a validé le plan de convergence");
  });

  await test.step("the plan's PDF says who validated it and when the product's commitments fall", async () => {
    await visit(page, planUrl);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger le plan (PDF)" }).click(),
    ]);
    const file = (await download.path())!;
    let text: string;
    try {
      text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
    } catch {
      test.info().annotations.push({ type: "skip", description: "pdftotext is not installed: the PDF's text is not checked" });
      return;
    }
    expect(text).toContain(`Santé Logiciels SAS — ${PRODUCT} 1.0`);
    expect(text).toContain("par Camille Martin");
    expect(text).toContain("Engagements par trimestre");
    expect(text).toMatch(/T\d \d{4} INT-CISIS-01/);
  });

  await test.step("a commitment moved later and the plan validated again: the comparison shows it slipped", async () => {
    await visit(page, planUrl);
    const quarter = line(page, "INT-CISIS-01").getByLabel("Trimestre prévu pour INT-CISIS-01");
    const before = (await quarter.locator("option:checked").textContent())!.trim();
    const index = await quarter.evaluate((select: HTMLSelectElement) => select.selectedIndex);
    await quarter.selectOption({ index: index + 2 });
    const after = (await quarter.locator("option:checked").textContent())!.trim();
    await expect(line(page, "INT-CISIS-01")).toContainText("Enregistré");
    // Validation names the revision on screen: wait for the page to show the saved change.
    await expect(page.getByTestId("timeline-figures").getByRole("row", { name: after })).toContainText("INT-CISIS-01");
    await page.getByRole("button", { name: "Valider le plan" }).click();
    await expect(page).toHaveURL(/\?done=validated$/);
    await expect(page.getByTestId("plan-history").getByRole("listitem")).toHaveCount(2);

    await page.getByTestId("plan-history").getByRole("link", { name: "Comparer avec la précédente" }).click();
    await expect(page).toHaveURL(/\/plan\/compare\?from=[0-9a-f-]{36}&to=[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Comparaison de deux versions validées — ${PRODUCT}`);
    const slipped = page.getByTestId("compare-interoperability-slipped");
    await expect(slipped.getByRole("heading")).toHaveText("1 engagement reporté (trimestre plus tard)");
    await expect(slipped.getByRole("listitem")).toHaveText(new RegExp(`^INT-CISIS-01 .+ — ${before} → ${after}$`));
    await expect(page.getByTestId("compare-interoperability-movedForward")).toHaveCount(0);
    await expect(page.getByTestId("compare-summary")).toHaveText("1 exigence a changé.");
    await expect(page.getByLabel("Version de départ")).toBeVisible();
    await expect(page.getByLabel("Version d’arrivée")).toBeVisible();
    await expectAccessible(page);

    // Chosen the other way round with the form: the same commitment moved forward.
    const from = await page.getByLabel("Version de départ").inputValue();
    const to = await page.getByLabel("Version d’arrivée").inputValue();
    await page.getByLabel("Version de départ").selectOption(to);
    await page.getByLabel("Version d’arrivée").selectOption(from);
    await page.getByRole("button", { name: "Comparer ces versions" }).click();
    await expect(page.getByTestId("compare-interoperability-movedForward")).toContainText(`INT-CISIS-01`);
    await expect(page.getByTestId("compare-interoperability-slipped")).toHaveCount(0);
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: test.info().outputPath("compare-390.png"), fullPage: true });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath("compare-1280.png"), fullPage: true });
  });

  await test.step("another company gets a 404 on the comparison", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const stranger = await context.newPage();
    await signIn(stranger, "demo.medisoft");
    const response = await stranger.goto(`${planUrl}/compare`);
    expect(response?.status()).toBe(404);
    await context.close();
  });
});

/**
 * A draft strategy evaluation of Medisoft (a company the other suites leave without one), all
 * nine applicable requirements answered, governance (STR-GOV-01) and ethics (STR-ETH-01)
 * below target, written straight into the server's database.
 */
async function draftStrategyEvaluation(): Promise<string> {
  const [row] = await queryServer<{ id: string }>(`
    insert into evaluations (company_id, product_id, theme, questionnaire_version, started_by_id)
    select u.company_id, null, 'strategy', '2025.1', u.id from users u where u.username = 'demo.medisoft' returning id`);
  const values = [
    `('${row.id}', 'segments', '["citizen"]'::jsonb, null, null)`,
    `('${row.id}', 'uses-ai', 'false'::jsonb, null, null)`,
    `('${row.id}', 'medical-devices', 'false'::jsonb, null, null)`,
    `('${row.id}', 'STR-GOV-01', null, 1, '2027-03-01')`,
    `('${row.id}', 'STR-ETH-01', null, 0, null)`,
    ...["STR-GOV-02", "STR-GOV-03", "STR-LIFE-01", "STR-CONS-01", "STR-ETH-02", "STR-ETH-03", "STR-LAB-02"].map(
      (id) => `('${row.id}', '${id}', null, 4, null)`,
    ),
  ];
  await queryServer(`insert into answers (evaluation_id, item_id, value, level, planned_date) values ${values.join(", ")}`);
  return row.id;
}

test("the strategy plan's two validated versions compared: a commitment moved later has slipped", async ({ page }) => {
  test.skip(!serverDatabase, "prepares its evaluation in the PostgreSQL server's database");
  test.setTimeout(180_000);
  const evaluationId = await draftStrategyEvaluation();
  await signIn(page, "demo.medisoft");
  await visit(page, `/evaluations/${evaluationId}`);
  await page.getByRole("button", { name: "Valider l’évaluation" }).click();
  await expect(page).toHaveURL(/\/results\?done=validated$/);

  await visit(page, "/strategy/plan");
  await expect(line(page, "STR-GOV-01")).toBeVisible();
  await expect(line(page, "STR-ETH-01")).toBeVisible();
  await page.getByRole("button", { name: "Valider le plan" }).click();
  await expect(page).toHaveURL(/\?done=validated$/);

  const quarter = line(page, "STR-GOV-01").getByLabel("Trimestre prévu pour STR-GOV-01");
  const before = (await quarter.locator("option:checked").textContent())!.trim();
  const index = await quarter.evaluate((select: HTMLSelectElement) => select.selectedIndex);
  await quarter.selectOption({ index: index + 2 });
  const after = (await quarter.locator("option:checked").textContent())!.trim();
  await expect(line(page, "STR-GOV-01")).toContainText("Enregistré");
  await expect(page.getByTestId("timeline-figures").getByRole("row", { name: after })).toContainText("STR-GOV-01");
  await page.getByRole("button", { name: "Valider le plan" }).click();
  await expect(page).toHaveURL(/\?done=validated$/);
  await expect(page.getByTestId("plan-history").getByRole("listitem")).toHaveCount(2);

  await page.getByTestId("plan-history").getByRole("link", { name: "Comparer avec la précédente" }).click();
  await expect(page).toHaveURL(/\/strategy\/plan\/compare\?from=[0-9a-f-]{36}&to=[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Comparaison de deux versions validées — Plan de convergence de la stratégie globale",
  );
  const slipped = page.getByTestId("compare-strategy-slipped");
  await expect(slipped.getByRole("heading")).toHaveText("1 engagement reporté (trimestre plus tard)");
  await expect(slipped.getByRole("listitem")).toHaveText(new RegExp(`^STR-GOV-01 .+ — ${before} → ${after}$`));
  await expect(page.getByTestId("compare-summary")).toHaveText("1 exigence a changé.");
  // The company's strategy, not a product, is what becomes compliant later.
  await expect(
    page.getByText(/^Conformité projetée de la stratégie globale : Conforme au T\d\s\d{4} → Conforme au T\d\s\d{4}$/),
  ).toBeVisible();
  await expect(page.getByText(/du produit/)).toHaveCount(0);
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("strategy-compare-390.png"), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("strategy-compare-1280.png"), fullPage: true });
});
