import { describe, expect, it } from "vitest";
import { defaultIssueKey } from "@/lib/actions/zod-errors";
import { splitStored, suggestedName, OS_VALUES, DEVICE_VALUES } from "./choices";
import { createProductSchema, updateProductSchema } from "./schema";

const BASE_ID = "2f1b9a4e-8c1d-4e2a-9b3c-5d6e7f8a9b0c";
const form = { kind: "base", name: " Dossier ", version: "1.0", os: "Windows", device: "Desktop" };

function issuesByField(input: Record<string, unknown>) {
  // As the action wrapper parses: generic issues get the generic message keys.
  const result = createProductSchema.safeParse(input, { error: (issue) => defaultIssueKey(issue) });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("the product form schema", () => {
  it("trims, turns empty optional fields into null and reads the checkbox", () => {
    const parsed = createProductSchema.parse({ ...form, edition: "", commercialName: "  ", inCatalogue: "on", baseIds: BASE_ID });
    expect(parsed.input).toEqual({
      kind: "base",
      name: "Dossier",
      version: "1.0",
      edition: null,
      os: "Windows",
      device: "Desktop",
      commercialName: null,
      inCatalogue: true,
      description: null,
      baseIds: [],
    });
    expect(createProductSchema.parse(form).input.inCatalogue).toBe(false);
  });

  it("asks for the free text next to an 'other' OS or device, and stores it", () => {
    expect(issuesByField({ ...form, name: "", os: "other", device: "other", deviceOther: " " })).toEqual({
      name: "errors.required",
      osOther: "products.errors.osOtherRequired",
      deviceOther: "products.errors.deviceOtherRequired",
    });
    const parsed = createProductSchema.parse({ ...form, os: "other", osOther: "HarmonyOS", device: "other", deviceOther: "desktop" });
    expect(parsed.input).toMatchObject({ os: "HarmonyOS", device: "Desktop" });
  });

  it("requires a version, a kind, and at least one base for an option", () => {
    expect(issuesByField({ ...form, version: " ", kind: undefined })).toEqual({
      version: "errors.required",
      kind: "products.errors.kindRequired",
    });
    expect(issuesByField({ ...form, kind: "option" })).toEqual({ baseIds: "products.errors.baseRequired" });
    // A missing choice does not hide the other errors: the first submit lists them all.
    expect(issuesByField({ ...form, kind: "option", device: "", os: "other" })).toEqual({
      device: "errors.required",
      osOther: "products.errors.osOtherRequired",
      baseIds: "products.errors.baseRequired",
    });
    expect(createProductSchema.parse({ ...form, kind: "option", baseIds: [BASE_ID, BASE_ID] }).input.baseIds).toEqual([BASE_ID, BASE_ID]);
    expect(issuesByField({ ...form, kind: "option", baseIds: "1; drop table" })).toEqual({ baseIds: "errors.invalid" });
  });

  it("edits the same fields, without a kind", () => {
    expect(updateProductSchema.parse({ ...form, id: BASE_ID, kind: "option" })).toEqual({
      id: BASE_ID,
      fields: {
        name: "Dossier",
        version: "1.0",
        edition: null,
        os: "Windows",
        device: "Desktop",
        commercialName: null,
        inCatalogue: false,
        description: null,
      },
    });
  });
});

describe("choices", () => {
  it("turn a stored value back into the form's choice", () => {
    expect(splitStored("web", OS_VALUES)).toEqual({ choice: "Web", other: "" });
    expect(splitStored("Borne", DEVICE_VALUES)).toEqual({ choice: "other", other: "Borne" });
  });

  it("build the suggested name from what is filled in", () => {
    expect(suggestedName("Dossier Patient ", { label: "iOS" }, { label: "Mobile" })).toBe("Dossier Patient iOS Mobile");
    expect(suggestedName("Dossier", { label: "" }, { label: "Poste de travail" })).toBe("Dossier Poste de travail");
  });

  it("do not repeat in the suggestion what the name already holds", () => {
    const ios = { label: "iOS", code: "iOS" };
    const mobile = { label: "Mobile", code: "Mobile" };
    expect(suggestedName("DossierPatient Pro iOS Mobile", ios, mobile)).toBe("DossierPatient Pro iOS Mobile");
    expect(suggestedName("DossierPatient Pro iOS Mobile – option", ios, mobile)).toBe("DossierPatient Pro iOS Mobile – option");
    expect(suggestedName("Dossier ios", ios, mobile)).toBe("Dossier ios Mobile");
    // The stored code counts as already said, whatever language the label is in.
    expect(suggestedName("Dossier Desktop", { label: "Windows", code: "Windows" }, { label: "Poste de travail", code: "Desktop" })).toBe(
      "Dossier Desktop Windows",
    );
    expect(suggestedName("Dossier Poste de travail", { label: "Poste de travail", code: "Desktop" })).toBe("Dossier Poste de travail");
    // Whole words only: "Mobilité" does not hold "Mobile".
    expect(suggestedName("Mobilité", mobile)).toBe("Mobilité Mobile");
  });
});
