import { describe, expect, it } from "vitest";
import { renderAuthorisationForm } from "./authorisation-form";
import { inspectPdf } from "./pdf";
import { pdfText } from "./test-fixtures";

describe("the authorisation form", () => {
  it("is a real PDF, blank by default, in the visitor's language", async () => {
    const blank = await renderAuthorisationForm({}, "en");
    expect(inspectPdf(blank)).toBe("ok");
    const text = await pdfText(blank);
    expect(text).toContain("Authorisation form");
    expect(text).toContain("Signature of the legal representative");
  }, 20_000);

  it("is pre-filled with what the requester typed, accents included", async () => {
    const pdf = await renderAuthorisationForm(
      {
        legalName: "Santé Logiciels SAS",
        siren: "812345676",
        addressLine: "12 rue des Lilas",
        postalCode: "69003",
        city: "Lyon",
        firstName: "Élodie",
        lastName: "Le Gall",
        jobTitle: "Directrice technique",
        email: "elodie@example.org",
      },
      "fr",
    );
    const text = await pdfText(pdf);
    expect(text).toContain("Formulaire d’autorisation");
    for (const typed of [
      "Santé Logiciels SAS",
      "812345676",
      "12 rue des Lilas, 69003 Lyon",
      "Élodie Le Gall",
      "Directrice technique",
      "elodie@example.org",
    ]) {
      expect(text).toContain(typed);
    }
  }, 20_000);
});
