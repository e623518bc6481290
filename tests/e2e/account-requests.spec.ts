import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { pdfText } from "../../lib/documents/test-fixtures";
import { expectAccessible } from "./support/a11y";
import { DEMO_PASSWORD, signIn, signOut } from "./support/auth";
import {
  approveAsOperator,
  choosePassword,
  fillRequest,
  openRequestAsOperator,
  submitRequest,
  TINY_PDF,
  visit,
} from "./support/account-request-flow";
import { openLatestEmail } from "./support/mailbox";

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

test("a request keeps what was typed on error, shows each error by its field, and warns about a known SIREN", async ({ page }) => {
  await visit(page, "/request-account");
  await page.getByLabel("Numéro SIREN").fill("812 345 676");
  await page.getByLabel("Raison sociale").focus();
  const known = page.getByRole("status").filter({ hasText: "Cette société est déjà inscrite sur Convergence" });
  await expect(known).toBeVisible();
  await expect(known).not.toContainText("Santé Logiciels");
  await expectAccessible(page);

  await page.getByLabel("Raison sociale").fill("Santé Logiciels Lyon");
  await page.getByLabel("Code postal").fill("690");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Théo");
  await page.getByLabel("Adresse électronique professionnelle").fill("theo@");
  await page.getByLabel("Non, le représentant légal m’autorise à faire cette demande").check();
  await page.getByRole("button", { name: "Envoyer la demande" }).click();

  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(page.locator("#field-postalCode-error")).toHaveText("Saisissez un code postal à 5 chiffres.");
  await expect(page.locator("#field-email-error")).toHaveText(/adresse électronique valide/);
  await expect(page.locator("#field-lastName-error")).toHaveText("Ce champ est obligatoire.");
  await expect(page.locator("#field-authorisation-error")).toHaveText("Joignez le formulaire d’autorisation signé, au format PDF.");
  await expect(page.locator("#field-acceptTerms-error")).toContainText("accepter les conditions générales");
  await expect(page.getByLabel("Raison sociale")).toHaveValue("Santé Logiciels Lyon");
  await expect(page.getByLabel("Numéro SIREN")).toHaveValue("812 345 676");
  await expect(page.getByRole("textbox", { name: "Prénom", exact: true })).toHaveValue("Théo");
  await expect(page.getByLabel("Non, le représentant légal m’autorise à faire cette demande")).toBeChecked();
  await expect(known).toBeVisible();
  await expect(page.getByText("le fichier choisi n’est pas conservé")).toBeVisible();
  await expectAccessible(page);

  // A PNG renamed .pdf is refused by its content.
  await fillRequest(page, {
    siren: "812345676",
    legalName: "Santé Logiciels Lyon",
    firstName: "Théo",
    lastName: "Garnier",
    email: "theo.garnier@sante-logiciels-lyon.example",
  });
  await page.getByLabel("Formulaire signé").setInputFiles({ name: "autorisation.pdf", mimeType: "application/pdf", buffer: PNG });
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.locator("#field-authorisation-error")).toHaveText(/n’est pas un PDF valide, quel que soit son nom/);
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Garnier");

  // The operator decides: the request can still be sent, and the confirmation says it again.
  await page.getByLabel("Formulaire signé").setInputFiles({ name: "autorisation.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page).toHaveURL(/\/request-account\/confirmation/);
  await expect(page.getByTestId("request-reference")).toContainText(/DEM-\d{4}-\d{6}/);
  await expect(page.getByText("Cette société est déjà inscrite sur Convergence")).toBeVisible();
  await expectAccessible(page);
});

test("the authorisation upload appears only for a requester who is not the legal representative, in French, with or without JavaScript", async ({
  page,
  browser,
}) => {
  await visit(page, "/request-account");
  const step = page.getByTestId("authorisation-step");
  await expect(step).toBeHidden();
  await page.getByLabel("Oui, je suis le représentant légal").check();
  await expect(step).toBeHidden();
  await page.getByLabel("Non, le représentant légal m’autorise à faire cette demande").check();
  await expect(step).toBeVisible();
  // The file field speaks French, not the browser's "Choose File / No file chosen".
  await expect(step.getByText("Choisir un fichier")).toBeVisible();
  await expect(page.getByTestId("file-chosen")).toHaveText("Aucun fichier choisi");
  await page.getByLabel("Formulaire signé").setInputFiles({ name: "autorisation.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
  await expect(page.getByTestId("file-chosen")).toHaveText("autorisation.pdf");
  await expectAccessible(page);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(page.url());
  await expect(plain.getByTestId("authorisation-step")).toBeHidden();
  await plain.getByLabel("Non, le représentant légal m’autorise à faire cette demande").check();
  await expect(plain.getByTestId("authorisation-step")).toBeVisible();
  await noScript.close();
});

test("errors show in the current language", async ({ page }) => {
  await visit(page, "/request-account");
  await page.getByRole("button", { name: "Switch the site to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request an account");
  await page.getByLabel("Postal code").fill("690");
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.locator("#field-postalCode-error")).toHaveText("Enter a 5-digit postal code.");
  await expect(page.locator("#field-isLegalRepresentative-error")).toHaveText("Say whether you are the company’s legal representative.");
  await expect(page.getByLabel("Postal code")).toHaveValue("690");
  await expectAccessible(page);
});

test("the authorisation form downloads blank from the documentation, pre-filled from the request page", async ({ page }) => {
  await visit(page, "/documentation");
  const [blank] = await Promise.all([page.waitForEvent("download"), page.getByTestId("blank-form").click()]);
  const blankBytes = readFileSync((await blank.path())!);
  expect(blankBytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(await pdfText(blankBytes)).toContain("Formulaire d’autorisation");

  await visit(page, "/request-account");
  await page.getByLabel("Numéro SIREN").fill("552100554");
  await page.getByLabel("Raison sociale").fill("Clinique Numérique du Rhône");
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Anaïs");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Lefèvre");
  await page.getByLabel("Non, le représentant légal m’autorise à faire cette demande").check();
  const [filled] = await Promise.all([page.waitForEvent("download"), page.getByTestId("prefilled-form").click()]);
  const text = await pdfText(readFileSync((await filled.path())!));
  expect(text).toContain("Clinique Numérique du Rhône");
  expect(text).toContain("552100554");
  expect(text).toContain("Anaïs Lefèvre");
  // Still on the form, nothing lost.
  await expect(page.getByLabel("Raison sociale")).toHaveValue("Clinique Numérique du Rhône");
});

test("request → operator approves → activation email → password and terms → sign-in as the new Responsable", async ({ page }) => {
  test.setTimeout(150_000);
  const who = {
    siren: "301000006",
    legalName: "Margaux Santé Numérique",
    firstName: "Margaux",
    lastName: "Fontaine",
    email: "margaux.fontaine@msn.example",
  };
  const reference = await submitRequest(page, who);
  const ack = await openLatestEmail(page, who.email, /Votre demande de compte Convergence/);
  expect(ack.text).toContain(reference);

  await signIn(page, "demo.operateur");
  await visit(page, "/operator");
  await expect(page.getByRole("link", { name: reference })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("À examiner");
  await expect(row).toContainText("Margaux Santé Numérique");
  await openRequestAsOperator(page, reference);
  await expect(page.getByText("Margaux Fontaine")).toBeVisible();
  const [doc] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Télécharger le formulaire d’autorisation : autorisation-signee\.pdf/ }).click(),
  ]);
  expect(readFileSync((await doc.path())!).equals(TINY_PDF)).toBe(true);
  await page.getByRole("button", { name: "Accepter la demande" }).click();
  // Approval asks for confirmation, and cancelling changes nothing.
  await expect(page.getByTestId("approve-confirm")).toContainText(
    "Vous allez créer le compte de Margaux Fontaine (margaux.fontaine@msn.example) pour Margaux Santé Numérique",
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Annuler" }).click();
  await expect(page.getByRole("button", { name: "Accepter la demande" })).toBeFocused();
  await expect(page.getByTestId("request-status")).toHaveText("Statut : À examiner");
  await approveAsOperator(page);
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Le compte margaux.fontaine a été créé");
  await expect(page.getByTestId("request-status")).toHaveText("Statut : Acceptée");
  // The company and the account it created are not warned about as duplicates.
  await expect(page.getByRole("heading", { name: "Points d’attention" })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // The document is for operators only.
  const anonymous = await page.request.get(page.url().replace(/\?.*$/, "") + "/document", { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);

  const email = await openLatestEmail(page, who.email, /Activez votre compte/);
  expect(email.text).toContain("margaux.fontaine");
  await page.goto(email.links.find((l) => l.includes("/activate/"))!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activer votre compte");
  await expect(page.getByText("Votre nom d’utilisateur : margaux.fontaine")).toBeVisible();
  await expectAccessible(page);
  // The rules are shown while typing.
  await page.getByLabel("Nouveau mot de passe").fill("margaux.fontaine1");
  const rules = page.getByTestId("password-rules").getByRole("listitem");
  await expect(rules.filter({ hasText: "au moins 12 caractères" })).toHaveAttribute("data-met", "true");
  await expect(rules.filter({ hasText: "nom d’utilisateur" })).toHaveAttribute("data-met", "false");
  await choosePassword(page, "Fontaine-Sante-2026!", false);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page.locator("#field-acceptTerms-error")).toContainText("accepter les conditions");
  await choosePassword(page, "Fontaine-Sante-2026!", true);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/login\?activated=margaux\.fontaine/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre compte est activé");
  // The username just chosen is already in the field: only the password is left to type.
  await expect(page.getByRole("textbox", { name: "Nom d’utilisateur", exact: true })).toHaveValue("margaux.fontaine");
  await expectAccessible(page);

  await signIn(page, "margaux.fontaine", "Fontaine-Sante-2026!");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("signed-in-user")).toContainText("Rôle : Responsable");
  await expect(page.getByTestId("signed-in-user")).toContainText("Margaux Santé Numérique");
  // A new Responsable is not told to ask the Responsable: they are shown how to declare a product.
  await expect(page.getByRole("main")).toContainText("Votre société n’a encore déclaré aucun produit.");
  await expect(page.getByRole("main")).not.toContainText("Le Responsable de votre société peut vous en ouvrir l’accès");
  await expect(page.getByRole("main").getByRole("link", { name: "Déclarer un premier produit" })).toHaveAttribute("href", "/products/new");
});

test("an operator rejects a request with a reason, emailed to the requester", async ({ page }) => {
  const who = {
    siren: "301079190",
    legalName: "Rejet Test SAS",
    firstName: "Paul",
    lastName: "Marchand",
    email: "paul.marchand@rejet.example",
    legalRepresentative: true,
  };
  const reference = await submitRequest(page, who);
  await signIn(page, "demo.operateur");
  await openRequestAsOperator(page, reference);
  await page.getByRole("button", { name: "Refuser la demande" }).click();
  await expect(page.locator("#field-reason-error")).toHaveText("Saisissez au moins 10 caractères.");
  await page.getByLabel("Motif du refus").fill("Le SIREN indiqué ne correspond pas à la raison sociale.");
  await page.getByRole("button", { name: "Refuser la demande" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Statut : Refusée");
  await expect(page.getByTestId("request-history")).toContainText("Demande refusée par demo.operateur");
  await expectAccessible(page);
  await visit(page, `/operator?status=rejected&q=${reference}`);
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Refusée");
  await signOut(page);

  const email = await openLatestEmail(page, who.email, /n’a pas été acceptée/);
  expect(email.text).toContain("Le SIREN indiqué ne correspond pas à la raison sociale.");
});

test("an operator asks for more information; the requester completes the same request, which comes back with its history", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const who = {
    siren: "301158382",
    legalName: "Complément Santé",
    firstName: "Chloé",
    lastName: "Renard",
    email: "chloe.renard@complement.example",
  };
  const reference = await submitRequest(page, who);
  await signIn(page, "demo.operateur");
  await openRequestAsOperator(page, reference);
  await page.getByLabel("Message au demandeur").fill("Le formulaire joint n’est pas signé : merci d’en joindre un exemplaire signé.");
  await page.getByRole("button", { name: "Envoyer la demande de complément" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Statut : Complément demandé");
  await signOut(page);

  const email = await openLatestEmail(page, who.email, /informations à compléter/);
  expect(email.text).toContain("n’est pas signé");
  const link = email.links.find((l) => l.includes("/request-account/complete/"))!;
  await page.goto(link);
  await expect(page.getByTestId("operator-message")).toHaveText(
    "Le formulaire joint n’est pas signé : merci d’en joindre un exemplaire signé.",
  );
  await expect(page.getByLabel("Raison sociale")).toHaveValue("Complément Santé");
  await expect(page.getByText("Document déjà transmis : autorisation-signee.pdf")).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel("Formulaire signé")
    .setInputFiles({ name: "autorisation-signee-v2.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
  await page.getByLabel("Votre réponse à l’opérateur").fill("Voici le formulaire signé par notre présidente.");
  await page.getByRole("button", { name: "Renvoyer la demande" }).click();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: /complétée a été transmise/ }),
  ).toContainText(`votre demande ${reference} complétée a été transmise`);
  await expectAccessible(page);

  // The link served once.
  await visit(page, new URL(link).pathname);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce lien a déjà servi");

  await signIn(page, "demo.operateur");
  await visit(page, "/operator");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("À examiner");
  await openRequestAsOperator(page, reference);
  const history = page.getByTestId("request-history");
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history).toContainText("Complément demandé par demo.operateur");
  await expect(history).toContainText("Voici le formulaire signé par notre présidente.");
  await expect(page.getByText(/autorisation-signee-v2\.pdf/)).toBeVisible();
});

test("two operators deciding at the same moment: the second is told it was already processed", async ({ page, browser }) => {
  const who = {
    siren: "812345676",
    legalName: "Santé Logiciels SAS",
    firstName: "Hélène",
    lastName: "Dupuis",
    email: "helene.dupuis@sante-logiciels.example",
    legalRepresentative: true,
  };
  const reference = await submitRequest(page, who);
  await signIn(page, "demo.operateur");
  await openRequestAsOperator(page, reference);
  await expect(page.getByText("Une société portant ce SIREN existe déjà sur la plateforme : Santé Logiciels SAS.")).toBeVisible();

  const other = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signIn(other, "demo.operateur", DEMO_PASSWORD);
  await openRequestAsOperator(other, reference);

  // Approval of a known SIREN needs the explicit choice.
  await approveAsOperator(page);
  await expect(page.locator("#field-companyChoice-error")).toBeVisible();
  await page.getByLabel("Ajouter le demandeur à la société existante Santé Logiciels SAS").check();
  await approveAsOperator(page);
  await expect(page.getByTestId("request-status")).toHaveText("Statut : Acceptée");
  await expect(page.getByText("Une société portant ce SIREN existe déjà sur la plateforme")).toHaveCount(0);

  await other.getByLabel("Motif du refus").fill("Doublon d’une autre demande.");
  await other.getByRole("button", { name: "Refuser la demande" }).click();
  await expect(other.getByRole("main").getByRole("alert")).toContainText("vient d’être traitée ou modifiée par quelqu’un d’autre");
  await expectAccessible(other);
  await other.reload();
  await expect(other.getByTestId("request-status")).toHaveText("Statut : Acceptée");
  await other.context().close();
});

test("an email already used by an account disables approval and says why; the queue counts requests per state", async ({ page }) => {
  const who = {
    siren: "552100554",
    legalName: "Clinique Numérique du Rhône",
    firstName: "Camille",
    lastName: "Martin",
    email: "camille.martin@sante-logiciels.example",
    legalRepresentative: true,
  };
  const reference = await submitRequest(page, who);
  await signIn(page, "demo.operateur");
  await visit(page, "/operator");
  const counts = page.getByTestId("request-counts");
  await expect(counts.getByRole("link", { name: /^À examiner : \d+$/ })).toBeVisible();
  await counts.getByRole("link", { name: /^Refusée : \d+$/ }).click();
  await expect(page).toHaveURL(/status=rejected/);
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
  await openRequestAsOperator(page, reference);
  const approve = page.getByRole("button", { name: "Accepter la demande" });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(/Acceptation impossible\s: un compte utilise déjà l’adresse électronique du demandeur/);
});
