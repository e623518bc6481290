import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";

/**
 * Opens the newest email sent to `to` in the local mailbox (retrying while the outbox
 * delivers it) and returns its plain text and links.
 */
export async function openLatestEmail(page: Page, to: string, subject?: RegExp): Promise<{ text: string; links: string[] }> {
  await expect(async () => {
    await page.goto(`/mailbox?to=${encodeURIComponent(to)}`);
    const link = subject ? page.getByRole("link", { name: subject }) : page.locator("tbody a");
    await expect(link.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
  const link = subject ? page.getByRole("link", { name: subject }) : page.locator("tbody a");
  await link.first().click();
  await expect(page.getByTestId("email-text")).toBeVisible();
  await expectAccessible(page);
  const text = (await page.getByTestId("email-text").textContent()) ?? "";
  const links = await page
    .getByTestId("email-links")
    .locator("a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    .catch(() => []);
  return { text, links };
}
