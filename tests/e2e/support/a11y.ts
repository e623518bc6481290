import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Rules that only fail while a client navigation is swapping the document (after a server
// action's redirect, the old page can be scanned half-replaced): seen in such a scan, the
// page is scanned again once settled, and a real defect still fails the second scan.
const SWAP_RULES = new Set(["document-title", "html-has-lang"]);

async function blockingViolations(page: Page): Promise<{ ids: Set<string>; lines: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  return {
    ids: new Set(serious.map((v) => v.id)),
    lines: serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
  };
}

/** Every page the suite visits is scanned: no serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("domcontentloaded");
  // A client navigation swaps the <title> a moment after the URL: scan the settled page.
  await expect(page).toHaveTitle(/\S/);
  let found = await blockingViolations(page);
  if ([...found.ids].some((id) => SWAP_RULES.has(id))) {
    await page.waitForLoadState("load");
    await expect(page).toHaveTitle(/\S/);
    found = await blockingViolations(page);
  }
  expect(found.lines, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Navigates, then scans the page. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectAccessible(page);
}
