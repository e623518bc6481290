import { pdfFile } from "@/lib/documents/test-fixtures";
import { requestFieldsSchema, type RequestFields } from "./schema";
import { submitAccountRequest } from "./submit";

// A valid request for a company that is not on the demo platform (SIREN 732829320, Luhn-valid).
export function requestInput(overrides: Partial<Record<keyof RequestFields, string>> = {}): RequestFields {
  return requestFieldsSchema.parse({
    siren: "732829320",
    legalName: "Télé-Santé Conseil",
    addressLine: "8 quai des Chartrons",
    postalCode: "33000",
    city: "Bordeaux",
    firstName: "Élodie",
    lastName: "Le Gall",
    email: "elodie.legall@telesante.example",
    phone: "05 56 00 00 00",
    jobTitle: "Directrice technique",
    isLegalRepresentative: "no",
    ...overrides,
  });
}

export async function submitted(overrides: Partial<Record<keyof RequestFields, string>> = {}, file: File | undefined = pdfFile()) {
  return submitAccountRequest({ ...requestInput(overrides), authorisation: file }, "fr", { ip: "127.0.0.1" });
}
