import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, signOut } from "./auth";
import { openLatestEmail } from "./mailbox";

// Steps of the account request journey shared by the account-requests and account-lifecycle
// specs, done through the pages as a person would.

export const TINY_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n99\n%%EOF\n",
  "latin1",
);

/**
 * `visit`, waiting first for the page's title: right after a sign-in, the client-side
 * navigation the form started can still be swapping the <title> when the scan begins.
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveTitle(/\S/);
  await expectAccessible(page);
}

export type Requester = {
  siren: string;
  legalName: string;
  firstName: string;
  lastName: string;
  email: string;
  legalRepresentative?: boolean;
};

/** Fills the request form (without submitting it). */
export async function fillRequest(page: Page, who: Requester): Promise<void> {
  await page.getByLabel("Numéro SIREN").fill(who.siren);
  await page.getByLabel("Raison sociale").fill(who.legalName);
  await page.getByLabel("Adresse du siège").fill("3 place de la République");
  await page.getByLabel("Code postal").fill("75003");
  await page.getByLabel("Commune").fill("Paris");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(who.firstName);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(who.lastName);
  await page.getByLabel("Adresse électronique professionnelle").fill(who.email);
  await page.getByLabel("Téléphone").fill("01 23 45 67 89");
  await page.getByLabel("Fonction dans la société").fill("Directeur général");
  if (who.legalRepresentative) {
    await page.getByLabel("Oui, je suis le représentant légal").check();
  } else {
    await page.getByLabel("Non, le représentant légal m’autorise à faire cette demande").check();
    await page
      .getByLabel("Formulaire signé")
      .setInputFiles({ name: "autorisation-signee.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
  }
  await page.getByLabel(/J’ai lu et j’accepte les conditions générales/).check();
}

/** Sends a request and returns its reference, read on the confirmation page. */
export async function submitRequest(page: Page, who: Requester): Promise<string> {
  await visit(page, "/request-account");
  await fillRequest(page, who);
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page).toHaveURL(/\/request-account\/confirmation/);
  await expectAccessible(page);
  const reference = (await page.getByTestId("request-reference").textContent())?.match(/DEM-\d{4}-\d{6}/)?.[0];
  expect(reference).toBeTruthy();
  return reference!;
}

/** As the operator: finds the request in the queue by its reference and opens it. */
export async function openRequestAsOperator(page: Page, reference: string, status = ""): Promise<void> {
  await visit(page, `/operator?status=${status}&q=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Demande ${reference}`);
  await expectAccessible(page);
}

/** On an operator's request page: approves, going through the confirmation step. */
export async function approveAsOperator(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Accepter la demande" }).click();
  await expect(page.getByRole("heading", { name: "Confirmer l’acceptation" })).toBeFocused();
  await page.getByRole("button", { name: "Confirmer l’acceptation" }).click();
}

/** Submits a request, has the operator approve it, and returns the activation link and username. */
export async function approvedRequest(
  page: Page,
  who: Requester,
): Promise<{ reference: string; activationLink: string; username: string }> {
  const reference = await submitRequest(page, { ...who, legalRepresentative: true });
  await signIn(page, "demo.operateur");
  await openRequestAsOperator(page, reference);
  await approveAsOperator(page);
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("La demande est acceptée");
  await signOut(page);
  const email = await openLatestEmail(page, who.email, /Activez votre compte/);
  const username = email.text.match(/Votre nom d’utilisateur, à saisir pour vous connecter : (\S+)/)?.[1];
  const activationLink = email.links.find((l) => l.includes("/activate/"));
  expect(username).toBeTruthy();
  expect(activationLink).toBeTruthy();
  return { reference, activationLink: activationLink!, username: username! };
}

/** On an activation or reset page: chooses the password (and accepts the terms if asked). */
export async function choosePassword(page: Page, password: string, acceptTerms: boolean): Promise<void> {
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmez le mot de passe").fill(password);
  if (acceptTerms) await page.getByLabel(/J’ai lu et j’accepte les conditions générales/).check();
}
