import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, visit } from "./support/a11y";
import { signIn } from "./support/auth";

// One journey through the product catalogue as the demo Responsable, then the list's filters
// and the contributor's narrower view. The server's database is fresh for the run.

const main = (page: Page) => page.getByRole("main");
// The product names in the list (the header's sort links left aside).
const rowLinks = (page: Page) => main(page).getByRole("table").locator("tbody").getByRole("link");

async function openProduct(page: Page, name: string): Promise<void> {
  await visit(page, `/products?q=${encodeURIComponent(name)}`);
  await main(page).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expectAccessible(page);
}

test("the Responsable creates a base product, converts it into an option, links, archives and restores", async ({ page }) => {
  await signIn(page, "demo.responsable");
  await visit(page, "/products");
  await expect(main(page).getByRole("table", { name: "Produits de la société" })).toContainText("Dossier Patient");
  await main(page).getByRole("link", { name: "Créer un produit" }).click();
  await expect(page).toHaveURL(/\/products\/new$/);
  await expectAccessible(page);

  // A first try with gaps: every error is named, next to its field, and nothing typed is lost.
  await page.getByRole("radio", { name: /^Produit socle/ }).check();
  await page.getByLabel("Nom du produit").fill("Agenda Cabinet");
  await page.getByRole("combobox", { name: "Système d’exploitation", exact: true }).selectOption("other");
  await page.getByRole("combobox", { name: "Support", exact: true }).selectOption("Mobile");
  await page.getByRole("button", { name: "Créer le produit" }).click();
  const summary = main(page).getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Il y a 2 erreurs");
  await expect(page.getByRole("textbox", { name: "Version", exact: true })).toHaveAccessibleDescription(/Ce champ est obligatoire/);
  await expect(page.getByLabel("Précisez le système d’exploitation")).toHaveAccessibleDescription("Précisez le système d’exploitation.");
  await expect(page.getByLabel("Nom du produit")).toHaveValue("Agenda Cabinet");
  await expectAccessible(page);

  // The suggested name follows what is typed; the name stays the user's own.
  await page.getByRole("combobox", { name: "Système d’exploitation", exact: true }).selectOption("Android");
  await expect(page.getByTestId("suggested-name")).toHaveText("Nom suggéré : Agenda Cabinet Android Mobile");
  await expect(page.getByLabel("Nom du produit")).toHaveValue("Agenda Cabinet");
  await page.getByRole("textbox", { name: "Version", exact: true }).fill("2.0");
  await page.getByLabel("Nom commercial").fill("Agenda+");
  await page.getByLabel(/référencé, ou le sera/).check();
  await page.getByRole("button", { name: "Créer le produit" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Le produit a été créé." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda Cabinet 2.0");
  await expect(main(page)).toContainText(/Créé le .* par Camille Martin/);
  const evaluations = main(page).getByRole("table", { name: "État de l’évaluation du produit sur chaque thème" });
  for (const theme of ["Interopérabilité", "Sécurité", "Urbanisation"])
    await expect(evaluations.getByRole("row", { name: theme })).toContainText("Non commencée");
  await expectAccessible(page);

  // The same name, version, OS and device (any case) is refused, on the name field.
  await main(page).getByRole("link", { name: "Dupliquer (nouvelle version ou édition)" }).click();
  await expectAccessible(page);
  await page.getByLabel("Nom du produit").fill("AGENDA CABINET");
  await page.getByRole("button", { name: "Créer la copie" }).click();
  await expect(page.getByLabel("Nom du produit")).toHaveAccessibleDescription(/Votre société a déjà un produit avec ce nom, cette version/);
  await expectAccessible(page);

  // Duplicate-and-convert: an option pre-filled from the base and linked to it.
  await openProduct(page, "Agenda Cabinet");
  await main(page).getByRole("link", { name: "Dupliquer en produit option" }).click();
  await expectAccessible(page);
  await expect(page.getByLabel("Nom du produit")).toHaveValue("Agenda Cabinet – option");
  await expect(page.getByRole("textbox", { name: "Version", exact: true })).toHaveValue("2.0");
  await expect(page.getByRole("checkbox", { name: "Agenda Cabinet 2.0 — Android, Mobile" })).toBeChecked();
  await page.getByLabel("Nom du produit").fill("Rappels SMS");
  await page.getByRole("button", { name: "Créer le produit option" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "La copie a été créée." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rappels SMS 2.0");
  await expect(main(page)).toContainText("Produit option");
  await expect(main(page).getByRole("region", { name: "Historique" })).toContainText(
    "Créé à partir de Agenda Cabinet 2.0 — Android, Mobile",
  );
  await expectAccessible(page);

  // Link it to a second base.
  await main(page).getByRole("link", { name: "Modifier les produits socles liés" }).click();
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "Dossier Patient 5.2 — Windows, Poste de travail" }).check();
  await page.getByRole("button", { name: "Enregistrer les liens" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Les produits socles liés ont été enregistrés." })).toBeVisible();
  const bases = main(page).getByRole("region", { name: "Produits socles liés" });
  await expect(bases.getByRole("link")).toHaveText([
    "Agenda Cabinet 2.0 — Android, Mobile",
    "Dossier Patient 5.2 — Windows, Poste de travail",
  ]);
  await expectAccessible(page);

  // The base still has an active option: archiving it is refused, and said so.
  await openProduct(page, "Agenda Cabinet");
  await expect(main(page).getByRole("region", { name: "Produits options liés" })).toContainText("Rappels SMS 2.0");
  await main(page).getByRole("button", { name: "Archiver" }).click();
  await expect(main(page).getByRole("alert")).toContainText("Ce produit socle ne peut pas être archivé : une option active y est liée.");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Archive the option, then the base; an archived product stays listed and can come back.
  await openProduct(page, "Rappels SMS");
  await main(page).getByRole("button", { name: "Archiver" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Le produit a été archivé." })).toBeVisible();
  await expect(main(page)).toContainText("ne peut plus faire l’objet d’une nouvelle évaluation");
  await expect(main(page).getByRole("link", { name: "Modifier", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await openProduct(page, "Agenda Cabinet");
  await main(page).getByRole("button", { name: "Archiver" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Le produit a été archivé." })).toBeVisible();

  await visit(page, "/products?status=archived");
  await expect(rowLinks(page)).toHaveText(["Agenda Cabinet", "Rappels SMS"]);
  await openProduct(page, "Agenda Cabinet");
  await main(page).getByRole("button", { name: "Restaurer" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Le produit a été restauré." })).toBeVisible();
  await expect(main(page).getByRole("button", { name: "Archiver" })).toBeVisible();
  await expectAccessible(page);

  // Edit: the kind is fixed, the rest can change.
  await main(page).getByRole("link", { name: "Modifier", exact: true }).click();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Édition", exact: true }).fill("Cabinet");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Les modifications ont été enregistrées." })).toBeVisible();
  await expect(main(page).getByRole("region", { name: "Caractéristiques" })).toContainText("Cabinet");
});

test("the list searches and filters by kind and status", async ({ page }) => {
  await signIn(page, "demo.responsable");
  await visit(page, "/products");
  await page.getByLabel("Rechercher un produit").fill("dossier");
  await page.getByRole("combobox", { name: "Type", exact: true }).selectOption("base");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/q=dossier/);
  await expect(main(page).getByRole("table").locator("tbody tr")).toHaveCount(2);
  await expectAccessible(page);
  await visit(page, "/products?kind=option&status=active");
  await expect(rowLinks(page)).toHaveText(["Module Télé-expertise"]);
  // A search that finds nothing says so, and offers the way back to the whole list.
  await visit(page, "/products?q=introuvable");
  await expect(main(page)).toContainText("Aucun produit ne correspond à votre recherche ou à vos filtres.");
  await expect(main(page)).not.toContainText("n’a encore déclaré aucun produit");
  await main(page).getByRole("link", { name: "Afficher tous les produits" }).click();
  await expect(rowLinks(page).first()).toBeVisible();
});

test("a contributor without rights sees no product and cannot create one", async ({ page }) => {
  await signIn(page, "demo.contributeur");
  await visit(page, "/products");
  // Nothing was searched: the page says why the list is empty, not "nothing matches".
  await expect(page.getByTestId("products-none-yet")).toContainText("Aucun produit ne vous est encore accessible");
  await expect(main(page)).not.toContainText("ne correspond à votre recherche");
  await expectAccessible(page);
  await expect(main(page).getByRole("link", { name: "Créer un produit" })).toHaveCount(0);
  expect((await page.goto("/products/new"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous n’avez pas le droit d’effectuer cette action.");
  await expectAccessible(page);
});

test("another company's product answers 404, not 403: its existence is not disclosed", async ({ page, browser }) => {
  await signIn(page, "demo.responsable");
  await visit(page, "/products?q=Module");
  await main(page).getByRole("link", { name: "Module Télé-expertise", exact: true }).click();
  await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}$/);
  const url = page.url();
  const other = await browser.newContext({ locale: "fr-FR" });
  const medisoft = await other.newPage();
  await signIn(medisoft, "demo.medisoft");
  expect((await medisoft.goto(url))?.status()).toBe(404);
  expect((await medisoft.goto(`${url}/edit`))?.status()).toBe(404);
  await other.close();
});
