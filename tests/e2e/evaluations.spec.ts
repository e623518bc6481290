import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expectAccessible, visit } from "./support/a11y";
import { signIn } from "./support/auth";
import { openLatestEmail } from "./support/mailbox";

const PRODUCT = "Dossier Patient 5.2 — Windows, Poste de travail";
// Zoé Laurent is the demo contributor this journey gives rights to; the other suites rely
// on Lucas Bernard having none.
const CELL = `${PRODUCT} — Zoé Laurent`;
const RESPONSABLE_EMAIL = "camille.martin@sante-logiciels.example";

const item = (page: Page, id: string) => page.locator(`#item-${id}`);
const question = (page: Page, text: RegExp) => page.getByRole("group", { name: text });
const status = (page: Page) => page.getByTestId("save-status");
const sections = (page: Page) => page.getByRole("navigation", { name: "Sections" });

/** Opens a section from the list of sections: its heading takes the focus, its questions are shown. */
async function openSection(page: Page, title: string) {
  await sections(page).getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();
  await expect(sections(page).getByRole("link", { name: title, exact: true })).toHaveAttribute("aria-current", "page");
}

// A 1×1 PNG: signature, IHDR and IEND chunks.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/** Waits for the autosave of what was just changed (the status moves off "saved" first). */
async function saved(page: Page) {
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(status(page)).toHaveText(/^Enregistré à \d{1,2}:\d{2}\.$/);
}

async function downloaded(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

test("a contributor drafts and resumes, the Responsable validates, reopens, moves to the new version and exports", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);

  await test.step("the Responsable gives the contributor the draft right on a product", async () => {
    await signIn(page, "demo.responsable");
    await visit(page, "/team/rights");
    await page.getByRole("link", { name: "Modifier les droits de Zoé Laurent" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Droits de Zoé Laurent");
    await page.getByLabel(CELL).selectOption({ label: "Brouillon" });
    await page.getByRole("button", { name: "Enregistrer les droits" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "changement enregistré" })).toContainText(
      "1 changement enregistré.",
    );
  });

  const contributorContext = await browser.newContext({ locale: "fr-FR" });
  const contributor = await contributorContext.newPage();
  let evaluationUrl = "";

  await test.step("the contributor starts the interoperability evaluation (on the earlier version)", async () => {
    await signIn(contributor, "demo.redactrice");
    await visit(contributor, "/evaluations");
    const row = contributor.getByRole("row", { name: new RegExp(PRODUCT) });
    await expect(row).toContainText("Non commencée");
    await row.getByRole("link", { name: /^Commencer — Interopérabilité/ }).click();
    await expect(contributor).toHaveURL(/\/evaluations\/start\?/);
    await expectAccessible(contributor);
    await contributor.getByText("Répondre à une version antérieure").click();
    await contributor.getByRole("button", { name: "Commencer sur la version 2025.1" }).click();
    await expect(contributor).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
    evaluationUrl = new URL(contributor.url()).pathname;
    await expect(contributor.getByText("Version du questionnaire : 2025.1")).toBeVisible();
    await expectAccessible(contributor);
    // Draft right only: no validation offered.
    await expect(contributor.getByRole("button", { name: "Valider l’évaluation" })).toHaveCount(0);
    // …but told why, and whom to ask.
    const restricted = contributor.getByRole("region", { name: "Validation réservée" });
    await expect(restricted).toContainText("demande le droit « Valider » sur ce produit");
    await expect(restricted.getByRole("listitem")).toHaveText(["Camille Martin (Responsable)"]);
  });

  await test.step("qualifiers first; requirements appear as they start to apply", async () => {
    // One section at a time: the page opens on the first one still waiting for answers.
    await expect(sections(contributor).getByRole("link", { name: "Profil du produit" })).toHaveAttribute("aria-current", "page");
    await expect(contributor.getByRole("heading", { level: 2, name: "Profil du produit" })).toBeVisible();
    await expect(contributor.getByRole("heading", { level: 2, name: "Cadre d’interopérabilité" })).toHaveCount(0);
    await expect(sections(contributor).getByRole("listitem").filter({ hasText: "Cadre d’interopérabilité" })).toContainText(
      "(0 sur 0 exigence renseignée)",
    );
    await question(contributor, /contextes de soins/)
      .getByRole("checkbox", { name: "Usage direct par les patients ou les citoyens" })
      .check();
    for (const q of [
      /identité de patients/,
      /documents de santé/,
      /échange-t-il des données/,
      /professionnels ou des structures/,
      /prescriptions/,
      /images médicales/,
    ]) {
      await question(contributor, q).getByRole("radio", { name: "Non" }).check();
    }
    // Keyboard only: focus the "yes" of the API question and press Space.
    await question(contributor, /interfaces de programmation/)
      .getByRole("radio", { name: "Oui" })
      .focus();
    await contributor.keyboard.press("Space");
    await expect(contributor.getByText("3 exigences s’appliquent désormais.")).toBeAttached();
    await expect(contributor.getByText("Exigences applicables renseignées : 0 sur 4")).toBeVisible();
    // The list of sections follows at once; the requirements are in the next section.
    await expect(sections(contributor).getByRole("listitem").filter({ hasText: "Cadre d’interopérabilité" })).toContainText(
      "(0 sur 3 exigences renseignées)",
    );
    await expect(sections(contributor).getByRole("listitem").filter({ hasText: "Profil du produit" })).toContainText(
      "(8 sur 8 questions répondues)",
    );
    await contributor.getByRole("link", { name: "Section suivante : Cadre d’interopérabilité" }).click();
    await expect(contributor).toHaveURL(/\?section=framework$/);
    await expect(contributor.getByRole("heading", { level: 2, name: "Cadre d’interopérabilité" })).toBeFocused();
    await expect(item(contributor, "INT-FHIR-01")).toBeVisible();
    await expect(question(contributor, /interfaces de programmation/)).toHaveCount(0);
    await expectAccessible(contributor);
  });

  await test.step("answers are saved as drafts: a planned level needs its date, not concerned its justification", async () => {
    const cisis = item(contributor, "INT-CISIS-01");
    await cisis.getByRole("radio", { name: "Réalisé", exact: true }).check();
    // Evidence is judged by its content: a renamed text file is refused, a real PNG kept.
    await cisis
      .getByLabel("Fichier de preuve")
      .setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("pas un PDF") });
    await cisis.getByRole("button", { name: "Envoyer le fichier" }).click();
    await expect(cisis.getByText(/n’est pas un PDF, un PNG ou un JPEG valide/)).toBeVisible();
    await cisis.getByLabel("Fichier de preuve").setInputFiles({ name: "capture.png", mimeType: "image/png", buffer: PNG });
    await cisis.getByRole("button", { name: "Envoyer le fichier" }).click();
    await expect(cisis.getByRole("link", { name: "Fichier joint : capture.png" })).toBeVisible();
    await expect(cisis.getByText(/n’est pas un PDF/)).toHaveCount(0);

    const fhir = item(contributor, "INT-FHIR-01");
    await fhir.getByRole("radio", { name: "Planifié", exact: true }).check();
    await expect(fhir.getByText("Indiquez la date prévue.")).toBeVisible();
    // The target's deadline (31 December 2025) has passed: the item says so…
    await expect(fhir.getByTestId("overdue")).toHaveText("Échéance dépassée");
    await fhir.getByLabel(/^Date prévue/).fill("2026-09-30");
    // …and a planned date after it is kept, with a visible warning.
    await expect(fhir.getByTestId("planned-late")).toContainText("postérieure à l’échéance de la cible (31 décembre 2025)");
    await fhir.getByLabel(/^Commentaire/).fill("Serveur FHIR en recette");

    const term = item(contributor, "INT-TERM-01");
    await term.getByRole("radio", { name: "Non concerné", exact: true }).check();
    await term.getByLabel(/^Justification/).fill("Aucune donnée codée échangée");
    await expect(status(contributor)).toHaveText(/en attente|Enregistrement/);
    await saved(contributor);
    await expect(contributor.getByText("Exigences applicables renseignées : 3 sur 4")).toBeVisible();
    await expectAccessible(contributor);
    // On a phone, the section list, the questions and the previous/next links fit the width.
    await contributor.setViewportSize({ width: 390, height: 844 });
    const overflow = await contributor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await contributor.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step("leaving and coming back resumes exactly where the contributor was", async () => {
    await visit(contributor, "/dashboard");
    await visit(contributor, evaluationUrl);
    await expect(item(contributor, "INT-TERM-01")).toBeFocused();
    await expect(item(contributor, "INT-FHIR-01").getByLabel(/^Date prévue/)).toHaveValue("2026-09-30");
    await expect(item(contributor, "INT-FHIR-01").getByLabel(/^Commentaire/)).toHaveValue("Serveur FHIR en recette");
    await expect(item(contributor, "INT-TERM-01").getByLabel(/^Justification/)).toHaveValue("Aucune donnée codée échangée");
    await openSection(contributor, "Profil du produit");
    await expect(question(contributor, /interfaces de programmation/).getByRole("radio", { name: "Oui" })).toBeChecked();
    await openSection(contributor, "Cadre d’interopérabilité");
    const [evidence] = await Promise.all([
      contributor.waitForEvent("download"),
      item(contributor, "INT-CISIS-01").getByRole("link", { name: "Fichier joint : capture.png" }).click(),
    ]);
    expect(await downloaded(evidence)).toEqual(PNG);
  });

  await test.step("the Responsable is shown what is missing, answers it and validates", async () => {
    // Validation covers every section, not only the one on screen.
    await visit(page, `${evaluationUrl}?section=profile`);
    await page.getByRole("button", { name: "Valider l’évaluation" }).click();
    const missing = page.getByTestId("missing-items");
    await expect(missing).toBeFocused();
    await expect(missing).toContainText("Impossible de valider : 1 question reste à renseigner.");
    await missing.getByRole("link", { name: /INT-EXP-01 — Permettre l’export et la réversibilité des données — sans réponse/ }).click();
    await expect(page).toHaveURL(/\?item=INT-EXP-01$/);
    await expect(sections(page).getByRole("link", { name: "Échanges et services" })).toHaveAttribute("aria-current", "page");
    await expect(item(page, "INT-EXP-01")).toBeFocused();
    await expectAccessible(page);
    await item(page, "INT-EXP-01").getByRole("radio", { name: "Réalisé et vérifié", exact: true }).check();
    await item(page, "INT-EXP-01")
      .getByLabel(/^Commentaire/)
      .fill("Export complet au format CSV");
    await saved(page);
    await page.getByRole("button", { name: "Valider l’évaluation" }).click();
    await expect(page).toHaveURL(/\/results\?done=validated$/);
    await expect(page.getByRole("main").getByRole("status").first()).toContainText("L’évaluation est validée");
    // CI-SIS done (mandatory), FHIR planned, TERM not concerned, export verified (mandatory): 100 × (6 + 1 + 8) / 20.
    const summary = page.getByTestId("result-summary");
    await expect(summary).toContainText("75 sur 100");
    await expect(summary).toContainText("Avancé");
    await expect(summary).toContainText("Conforme");
    await expect(summary).toContainText("Données insuffisantes");
    await expect(page.getByTestId("gaps")).toContainText("INT-FHIR-01");
    await expect(page.getByRole("img", { name: /Scores du produit par thème/ })).toBeVisible();
    await expect(page.getByTestId("radar-figures").getByRole("row", { name: /Interopérabilité/ })).toContainText("75");
    await expectAccessible(page);

    const email = await openLatestEmail(page, RESPONSABLE_EMAIL, /Évaluation validée/);
    expect(email.text).toContain("Camille Martin a validé l’évaluation « Interopérabilité » de Dossier Patient 5.2");
  });

  await test.step("the history lists the validation; the exports contain the answers", async () => {
    await visit(page, `${evaluationUrl}/history`);
    await expect(page.getByTestId("history").getByRole("row")).toHaveCount(2);
    await expect(page.getByTestId("history")).toContainText("Camille Martin");
    await expect(page.getByTestId("history")).toContainText("2025.1");

    await visit(page, `${evaluationUrl}/results`);
    const exports = page.getByRole("region", { name: "Exporter" });
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "Tableau CSV" }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^evaluation-interoperability-.*-2025\.1\.csv$/);
    const csv = (await downloaded(csvDownload)).toString("utf8");
    expect(csv).toContain("INT-FHIR-01");
    expect(csv).toContain("Serveur FHIR en recette");
    expect(csv).toContain("Aucune donnée codée échangée");
    expect(csv).toContain("Réalisé et vérifié");

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      exports.getByRole("link", { name: /Classeur Excel/ }).click(),
    ]);
    const sheets = unzipSync(new Uint8Array(await downloaded(xlsxDownload)));
    const strings = strFromU8(sheets["xl/sharedStrings.xml"]);
    expect(strings).toContain("Export complet au format CSV");
    expect(strings).toContain("Serveur FHIR en recette");

    const [pdfDownload] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "Rapport PDF" }).click()]);
    expect((await downloaded(pdfDownload)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  await test.step("reopening gives a draft again, with the validation kept in the history", async () => {
    await visit(page, evaluationUrl);
    await expect(item(page, "INT-EXP-01").getByRole("radio", { name: "Réalisé et vérifié", exact: true })).toBeDisabled();
    await page.getByRole("button", { name: "Rouvrir l’évaluation en brouillon" }).click();
    await expect(page.getByRole("main").getByRole("status").first()).toContainText("rouverte en brouillon");
    await expect(item(page, "INT-EXP-01").getByRole("radio", { name: "Réalisé et vérifié", exact: true })).toBeEnabled();
    await expectAccessible(page);
  });

  await test.step("moving to the newer version shows what carries over, then creates a new draft", async () => {
    await page.getByRole("link", { name: /Voir ce que le passage à la version 2026\.1/ }).click();
    await expect(page).toHaveURL(/\/upgrade$/);
    await expectAccessible(page);
    await expect(page.getByTestId("upgrade-carried")).toContainText("INT-FHIR-01");
    await expect(page.getByTestId("upgrade-added")).toContainText("INT-FHIR-02 — Publier la description des capacités FHIR");
    await expect(page.getByTestId("upgrade-dropped")).toContainText("Aucune réponse perdue");
    await page.getByRole("button", { name: "Passer à la version 2026.1" }).click();
    await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]{36}\?done=upgraded$/);
    expect(new URL(page.url()).pathname).not.toBe(evaluationUrl);
    await expect(page.getByText("Version du questionnaire : 2026.1")).toBeVisible();
    await openSection(page, "Cadre d’interopérabilité");
    await expect(item(page, "INT-FHIR-01").getByLabel(/^Commentaire/)).toHaveValue("Serveur FHIR en recette");
    await expect(item(page, "INT-FHIR-02")).toBeVisible();
    await expect(page.getByText("Exigences applicables renseignées : 4 sur 5")).toBeVisible();
    await expectAccessible(page);

    // The old evaluation stays readable and points to the new one.
    await visit(page, evaluationUrl);
    await expect(page.getByRole("link", { name: "Ouvrir l’évaluation en cours" })).toBeVisible();
  });

  await contributorContext.close();
});

test("the strategy questionnaire lives in the company space", async ({ page }) => {
  await signIn(page, "demo.responsable");
  await visit(page, "/strategy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stratégie globale de la société");
  await page.getByRole("link", { name: /^Commencer — Stratégie globale/ }).click();
  await expect(page).toHaveURL(/\/evaluations\/start\?theme=strategy$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Commencer (version 2025.1)" }).click();
  await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Questionnaire à l’échelle de la société")).toBeVisible();
  await expectAccessible(page);
  await visit(page, "/strategy");
  await expect(page.getByRole("region", { name: "État de l’évaluation" })).toContainText("Brouillon");
});

test("two people saving the same answer: the second is shown the first one's change and keeps what they typed", async ({ browser }) => {
  const contexts = [await browser.newContext({ locale: "fr-FR" }), await browser.newContext({ locale: "fr-FR" })];
  const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
  await signIn(first, "demo.responsable");
  await visit(first, "/evaluations");
  await first.getByRole("link", { name: /^Commencer — Sécurité, Dossier Patient 5\.2 — iOS, Mobile/ }).click();
  await first.getByRole("button", { name: "Commencer (version 2025.1)" }).click();
  await expect(first).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
  // The requirement both answer is in the security policy section.
  const url = `${new URL(first.url()).pathname}?section=governance`;
  await visit(first, url);

  // Both have the page open before either saves.
  await signIn(second, "demo.responsable");
  await visit(second, url);

  await item(first, "SEC-PGSSI-01").getByRole("radio", { name: "Réalisé", exact: true }).check();
  await item(first, "SEC-PGSSI-01")
    .getByLabel(/^Commentaire/)
    .fill("Politique publiée en janvier");
  await saved(first);

  await item(second, "SEC-PGSSI-01").getByRole("radio", { name: "En cours", exact: true }).check();
  await item(second, "SEC-PGSSI-01")
    .getByLabel(/^Date prévue/)
    .fill("2026-11-30");
  await item(second, "SEC-PGSSI-01")
    .getByLabel(/^Commentaire/)
    .fill("Revue en cours avec le RSSI");
  await second.getByRole("button", { name: "Enregistrer", exact: true }).click();
  const conflict = item(second, "SEC-PGSSI-01").getByRole("alert");
  await expect(conflict).toContainText("Camille Martin a modifié cette réponse");
  await expect(conflict).toContainText("Niveau : Réalisé");
  await expect(conflict).toContainText("Commentaire : Politique publiée en janvier");
  await expect(status(second)).toContainText("Non enregistré");
  await expect(item(second, "SEC-PGSSI-01").getByLabel(/^Commentaire/)).toHaveValue("Revue en cours avec le RSSI");
  await expectAccessible(second);
  // Changing section would drop the answer in conflict: the page keeps the user here and says why.
  await second.getByRole("link", { name: /^Section suivante/ }).click();
  await expect(second.getByRole("alert").filter({ hasText: "choisissez laquelle garder avant de changer de section" })).toBeVisible();
  await expect(second).toHaveURL(/\?section=governance$/);

  // Nothing was overwritten; keeping one's answer is an explicit choice.
  await visit(first, url);
  await expect(item(first, "SEC-PGSSI-01").getByLabel(/^Commentaire/)).toHaveValue("Politique publiée en janvier");
  await conflict.getByRole("button", { name: "Garder ma réponse et l’enregistrer" }).click();
  await expect(status(second)).toHaveText(/^Enregistré à/);
  // The conflict is settled: nothing holds the user here any more, and the page stops saying so.
  await expect(second.getByRole("alert").filter({ hasText: "choisissez laquelle garder avant de changer de section" })).toHaveCount(0);
  await expect(conflict).toHaveCount(0);
  await visit(first, url);
  await expect(item(first, "SEC-PGSSI-01").getByLabel(/^Commentaire/)).toHaveValue("Revue en cours avec le RSSI");
  for (const context of contexts) await context.close();
});
