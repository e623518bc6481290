import { z } from "zod";
import { fileSizeVerdict, isFileChosen } from "@/lib/documents/upload";
import { isValidSiren, normalizeSiren } from "@/lib/validation/siren";

const E = "accountRequest.errors";

const text = (max: number) => z.string().trim().min(1).max(max);

// Format checks pass an empty value: an empty field gets "required" only, not also the
// format error. (Not zod's `abort`, which would also skip the cross-field check below.)
const blankOr = (test: (v: string) => boolean) => (v: string) => v === "" || test(v);

export const sirenField = z
  .string()
  .transform(normalizeSiren)
  .pipe(
    z
      .string()
      .min(1)
      .refine(blankOr(isValidSiren), { error: `${E}.siren` }),
  );

// A phone number as people type it: digits with spaces, dots, dashes, brackets, an optional +.
const phoneField = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .refine(
    blankOr((v) => /^\+?[0-9 .()-]+$/.test(v) && v.replace(/\D/g, "").length >= 9 && v.replace(/\D/g, "").length <= 15),
    { error: `${E}.phone` },
  );

/** What the requester declares about the company and themself (the request's editable part). */
export const requestFieldsSchema = z.object({
  siren: sirenField,
  legalName: text(200),
  addressLine: text(300),
  postalCode: z
    .string()
    .trim()
    .min(1)
    .refine(
      blankOr((v) => /^\d{5}$/.test(v)),
      { error: `${E}.postalCode` },
    ),
  city: text(120),
  firstName: text(100),
  lastName: text(100),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .refine(
      blankOr((v) => z.email().safeParse(v).success),
      { error: "errors.email" },
    ),
  phone: phoneField,
  jobTitle: text(120),
  isLegalRepresentative: z.enum(["yes", "no"], { error: `${E}.legalRepresentative` }),
});

// The upload: optional here (a legal representative needs none); size checked now so that the
// error shows with the others; the content (magic bytes) is checked when the file is read.
const authorisationField = z
  .unknown()
  .transform((v) => (isFileChosen(v) ? v : undefined))
  .superRefine((file, ctx) => {
    if (!file) return;
    const verdict = fileSizeVerdict(file);
    if (verdict) ctx.addIssue({ code: "custom", message: `${E}.file.${verdict}` });
  })
  .optional();

type DocumentCheck = { isLegalRepresentative?: string; authorisation?: File; hasDocument?: string };

/**
 * A requester who is not the legal representative joins the signed authorisation (unless one
 * is already on file). Checked even when other fields are wrong, so that every error shows at once.
 */
function hasRequiredDocument(v: DocumentCheck): boolean {
  return !(v.isLegalRepresentative === "no" && !v.authorisation && v.hasDocument !== "yes");
}

function documentRequiredParams() {
  return {
    path: ["authorisation"],
    error: `${E}.file.required`,
    when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
  };
}

export const submitRequestSchema = requestFieldsSchema
  .extend({
    authorisation: authorisationField,
    acceptTerms: z.literal("on", { error: `${E}.terms` }),
  })
  .refine(hasRequiredDocument, documentRequiredParams());

export type RequestFields = z.infer<typeof requestFieldsSchema>;
export type SubmitRequestInput = z.infer<typeof submitRequestSchema>;

/** The requester completing a request after the operator asked for more information. */
export const completeRequestSchema = requestFieldsSchema
  .extend({
    token: z.string().min(1).max(200),
    authorisation: authorisationField,
    // "yes" when a document is already on file: a new one is then optional.
    hasDocument: z.enum(["yes", "no"]).default("no"),
    response: z.string().trim().max(2000).default(""),
  })
  .refine(hasRequiredDocument, documentRequiredParams());

export type CompleteRequestInput = z.infer<typeof completeRequestSchema>;

export const REQUEST_STATUSES = ["pending", "info_requested", "approved", "rejected"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

const decisionBase = { id: z.uuid({ error: "errors.notFound" }), revision: z.coerce.number().int().min(1) };

export const approveSchema = z.object({ ...decisionBase, companyChoice: z.enum(["new", "existing"]).optional() });
export const rejectSchema = z.object({ ...decisionBase, reason: z.string().trim().min(10).max(2000) });
export const askInfoSchema = z.object({ ...decisionBase, message: z.string().trim().min(10).max(2000) });
