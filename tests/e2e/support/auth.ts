import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";

export const DEMO_PASSWORD = "Demo-Convergence-2026";

/** Signs in through the form, as a person would, and waits for the signed-in header. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByRole("textbox", { name: /^(Nom d’utilisateur|Username)$/ }).fill(username);
  await page.getByRole("textbox", { name: /^(Mot de passe|Password)$/ }).fill(password);
  await page
    .getByRole("button", { name: /Se connecter|Sign in/ })
    .last()
    .click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await expectAccessible(page);
}

/** Signs out from the account menu in the header (opened first, as a person would). */
export async function signOut(page: Page): Promise<void> {
  // Exact name: the profile's "Se déconnecter partout" is another button.
  const button = page.getByRole("button", { name: /^(Se déconnecter|Sign out)$/ });
  if (!(await button.isVisible())) await page.getByRole("button", { name: /Menu du compte|Account menu/ }).click();
  await button.click();
  await expect(page.getByRole("button", { name: /^(Se déconnecter|Sign out)$/ })).toHaveCount(0);
}
