import { expect, test } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { openLatestEmail } from "./support/mailbox";

test("the contact form keeps what was typed on error and sends an acknowledgement email", async ({ page }) => {
  await visit(page, "/contact");
  await page.getByLabel(/^Nom et prénom/).fill("Alice Durand");
  await page.getByLabel(/^Adresse électronique/).fill("alice.durand@example");
  await page.getByLabel(/^Votre message/).fill("Trop court");
  await page.getByRole("button", { name: "Envoyer le message" }).click();

  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(3);
  await expect(page.locator("#field-email-error")).toHaveText(/adresse électronique valide/);
  await expect(page.locator("#field-topic-error")).toHaveText("Ce champ est obligatoire.");
  await expect(page.locator("#field-message-error")).toHaveText("Saisissez au moins 20 caractères.");
  await expect(page.getByLabel(/^Nom et prénom/)).toHaveValue("Alice Durand");
  await expect(page.getByLabel(/^Votre message/)).toHaveValue("Trop court");
  await expect(page.getByLabel(/^Adresse électronique/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel(/^Adresse électronique/).fill("alice.durand@example.org");
  await page.getByLabel(/^Sujet/).selectOption({ label: "Produits" });
  await page.getByLabel(/^Votre message/).fill("Comment déclarer une nouvelle version de notre produit ?");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toContainText("Votre message a bien été envoyé");
  const reference = (await status.textContent())?.match(/MSG-\d{4}-[A-Z0-9]{6}/)?.[0];
  expect(reference).toBeTruthy();

  const email = await openLatestEmail(page, "alice.durand@example.org");
  expect(email.text).toContain(reference!);
  // The acknowledgement goes to whatever address was typed: it must not quote the text, or
  // the form becomes a way to send anyone a message of one's choosing from our domain.
  expect(email.text).not.toContain("Comment déclarer une nouvelle version de notre produit ?");
});
