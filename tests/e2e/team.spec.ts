import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { signIn } from "./support/auth";
import { openLatestEmail } from "./support/mailbox";

const NEW_MEMBER = {
  firstName: "Élise",
  lastName: "Fontaine",
  email: "elise.fontaine@sante-logiciels.example",
  username: "elise.fontaine",
};
const NEW_PASSWORD = "Lavande-Verte-2026!";
// Named as every page names them: the device in the reader's language, never its code.
const GRANTED = "Dossier Patient 5.2 — Windows, Poste de travail";
const NOT_GRANTED = ["Dossier Patient 5.2 — iOS, Mobile", "Module Télé-expertise 1.0 — Web, Site web"];
// The rights pages name each product with the contributor it is granted to.
const CELL = `Dossier Patient 5.2 — Windows, Poste de travail — ${NEW_MEMBER.firstName} ${NEW_MEMBER.lastName}`;

/** The products of the dashboard's portfolio: one row per product with a single theme, all on one page. */
async function myProducts(page: Page): Promise<string[]> {
  await visit(page, "/dashboard?theme=interoperability&size=100");
  const table = page.getByRole("table", { name: /^Portefeuille/ });
  if ((await table.count()) === 0) return [];
  return (await table.locator("tbody tr td:first-child a").allTextContents()).map((t) => t.trim());
}

async function saveCell(page: Page, level: "Brouillon" | "Validation" | "Aucun accès") {
  await visit(page, "/team/rights");
  await page.getByRole("link", { name: `Modifier les droits de ${NEW_MEMBER.firstName} ${NEW_MEMBER.lastName}` }).click();
  await expectAccessible(page);
  // The product search runs on the server: the page lists only what matches.
  await page.getByLabel("Rechercher un produit").fill("Dossier");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText(/^\d+ produits? actifs? correspond/)).toBeVisible();
  await expect(page.getByRole("table", { name: /sur les produits$/ }).getByRole("row", { name: /Module Télé-expertise/ })).toHaveCount(0);
  await expect(
    page.getByRole("table", { name: `Droits de ${NEW_MEMBER.firstName} ${NEW_MEMBER.lastName} sur les produits` }),
  ).toBeVisible();
  await page.getByLabel(CELL).selectOption({ label: level });
  await page.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "changement enregistré" })).toContainText(
    "1 changement enregistré.",
  );
  await expectAccessible(page);
}

test("the Responsable invites a contributor, grants and revokes a product, then hands over the role", async ({ page, browser }) => {
  test.setTimeout(330_000); // the rights now take a page per contributor and a search

  await test.step("the Responsable sees the team", async () => {
    await signIn(page, "demo.responsable");
    await visit(page, "/team");
    const table = page.getByRole("table", { name: "Membres de l’équipe" });
    const camille = table.getByRole("row", { name: /Camille Martin/ });
    await expect(camille).toContainText("Responsable");
    await expect(camille).toContainText("Tous les droits (Responsable)");
    await expect(table.getByRole("row", { name: /Lucas Bernard/ })).toContainText("Aucun droit");
  });

  await test.step("adds a contributor, keeping what was typed after an error", async () => {
    await page.getByRole("link", { name: "Ajouter un contributeur" }).click();
    await expect(page).toHaveURL(/\/team\/new$/);
    await expectAccessible(page);
    await page.getByLabel(/^Prénom/).fill(NEW_MEMBER.firstName);
    await page.getByLabel(/^Nom(?! d)/).fill(NEW_MEMBER.lastName);
    await page.getByLabel(/^Adresse électronique/).fill("elise.fontaine@");
    await page.getByRole("button", { name: "Créer le compte et envoyer l’invitation" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
    await expect(page.locator("#field-email-error")).toContainText("adresse électronique valide");
    await expect(page.getByLabel(/^Prénom/)).toHaveValue(NEW_MEMBER.firstName);
    await expectAccessible(page);

    await page.getByLabel(/^Adresse électronique/).fill(NEW_MEMBER.email);
    await page.getByRole("button", { name: "Créer le compte et envoyer l’invitation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Élise Fontaine");
    await expect(page.getByRole("main").getByRole("status")).toContainText(`nom d’utilisateur ${NEW_MEMBER.username}`);
    await expect(page.getByRole("definition").filter({ hasText: "Invité" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Aucun droit" })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("grants draft on one product", async () => {
    await saveCell(page, "Brouillon");
    await expect(page.getByLabel(CELL)).toHaveValue("draft");
  });

  const contributorContext = await browser.newContext({ locale: "fr-FR" });
  const contributor = await contributorContext.newPage();

  await test.step("the contributor activates the account, signs in and sees only that product", async () => {
    const email = await openLatestEmail(contributor, NEW_MEMBER.email, /Activez votre compte/);
    expect(email.text).toContain(NEW_MEMBER.username);
    const link = email.links.find((l) => l.includes("/activate/"));
    expect(link).toBeTruthy();
    await visit(contributor, link!);
    await contributor.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
    await contributor.getByLabel(/^Confirmez le mot de passe/).fill(NEW_PASSWORD);
    await contributor.getByLabel(/J’ai lu et j’accepte les conditions/).check();
    await contributor.getByRole("button", { name: "Activer mon compte" }).click();
    await expect(contributor).toHaveURL(new RegExp(`/login\\?activated=${NEW_MEMBER.username.replace(".", "\\.")}$`));
    await signIn(contributor, NEW_MEMBER.username, NEW_PASSWORD);
    expect(await myProducts(contributor)).toEqual([GRANTED]);
    for (const other of NOT_GRANTED) await expect(contributor.getByText(other)).toHaveCount(0);
    // A contributor without rights to manage the team gets no management links, and the pages refuse.
    await visit(contributor, "/team");
    await expect(contributor.getByRole("link", { name: "Gérer les droits des contributeurs" })).toHaveCount(0);
    // A refusal is a real 403, not a page answered 200.
    expect((await contributor.goto("/team/rights"))?.status()).toBe(403);
    await expect(contributor.getByRole("heading", { level: 1 })).toHaveText("Vous n’avez pas le droit d’effectuer cette action.");
    await expectAccessible(contributor);
  });

  await test.step("the right is revoked and the product disappears for the signed-in contributor at once", async () => {
    await saveCell(page, "Aucun accès");
    expect(await myProducts(contributor)).toEqual([]);
    await expect(contributor.getByText("Aucun produit ne vous est encore accessible")).toBeVisible();
  });

  await test.step("the Responsable transfers the role; both are emailed", async () => {
    await visit(page, "/team/transfer");
    await page.getByLabel(/^Nouveau Responsable/).selectOption({ label: `Élise Fontaine (${NEW_MEMBER.username})` });
    await page.getByRole("button", { name: "Transférer le rôle" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
    await expect(page.locator("#field-confirm-error")).toHaveText("Cochez la case pour confirmer le transfert.");
    await expect(page.getByLabel(/^Nouveau Responsable/)).toHaveValue(/.+/);
    await expectAccessible(page);
    await page.getByLabel(/Je comprends que je deviendrai contributeur/).check();
    await page.getByRole("button", { name: "Transférer le rôle" }).click();
    await expect(page).toHaveURL(/\/team\?done=transferred$/);
    await expect(page.getByRole("main").getByRole("status").first()).toContainText("Le rôle de Responsable a été transféré");
    await expect(page.getByTestId("signed-in-user")).toContainText("Rôle : Contributeur");
    const table = page.getByRole("table", { name: "Membres de l’équipe" });
    await expect(table.getByRole("row", { name: /Élise Fontaine/ })).toContainText("Responsable");
    await expect(table.getByRole("row", { name: /Camille Martin/ })).toContainText("Contributeur");
    await expect(page.getByRole("link", { name: "Transférer le rôle de Responsable" })).toHaveCount(0);
    await expectAccessible(page);

    for (const to of [NEW_MEMBER.email, "camille.martin@sante-logiciels.example"]) {
      const email = await openLatestEmail(contributor, to, /Changement de Responsable pour Santé Logiciels SAS/);
      expect(email.text).toContain("Santé Logiciels SAS");
    }
  });

  await test.step("the new Responsable holds every right and disables the former one, whose session ends", async () => {
    // Every product of the company, including those never granted (other suites may add more).
    expect(await myProducts(contributor)).toEqual(expect.arrayContaining([...NOT_GRANTED, GRANTED]));
    await visit(contributor, "/team");
    await contributor.getByRole("table", { name: "Membres de l’équipe" }).getByRole("link", { name: "Camille Martin" }).click();
    await expect(contributor.getByRole("heading", { level: 1 })).toHaveText("Camille Martin");
    await expectAccessible(contributor);
    await contributor.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(contributor.getByRole("main").getByRole("status")).toContainText("Le compte a été désactivé");
    await expect(contributor.getByRole("definition").filter({ hasText: "Désactivé" })).toBeVisible();

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  });

  await contributorContext.close();
});
