import { z } from "zod";
import { DEVICE_VALUES, OS_VALUES, OTHER, PRODUCT_KINDS, resolveChoice, type ProductKind } from "./choices";
import { normalizeName } from "@/lib/validation/text";

/** The descriptive fields of a product, as lib/ functions receive them. */
export type ProductFields = {
  name: string;
  version: string;
  edition: string | null;
  os: string;
  device: string;
  commercialName: string | null;
  inCatalogue: boolean;
  description: string | null;
};

export type ProductInput = ProductFields & { kind: ProductKind; baseIds: string[] };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

// A checkbox sends "on" when ticked and nothing otherwise.
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Repeated form keys arrive as a string, an array, or nothing at all. */
export const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid({ error: "errors.invalid" })).max(100),
);

// Names are compared for uniqueness: normalised first (NFKC, no zero-width, single spaces).
const nameText = (max: number) => z.string().transform(normalizeName).pipe(z.string().min(1).max(max));

const fieldsShape = {
  name: nameText(200),
  version: nameText(50),
  edition: optionalText(100),
  os: z.enum([...OS_VALUES, OTHER], { error: "errors.required" }),
  osOther: z.string().trim().max(60).optional(),
  device: z.enum([...DEVICE_VALUES, OTHER], { error: "errors.required" }),
  deviceOther: z.string().trim().max(60).optional(),
  commercialName: optionalText(200),
  inCatalogue: checkbox,
  description: optionalText(5000),
};

type RawFields = { os: string; osOther?: string; device: string; deviceOther?: string };

// These checks also run when another field failed (a missing choice aborts the object's
// parse), so that the first submit lists every error; they read the values defensively.
const always = { when: () => true };

// "Other" needs its free text; the error sits next to the free-text field.
function requireOtherText(value: RawFields, ctx: z.RefinementCtx): void {
  if (value.os === OTHER && !value.osOther) ctx.addIssue({ code: "custom", path: ["osOther"], message: "products.errors.osOtherRequired" });
  if (value.device === OTHER && !value.deviceOther)
    ctx.addIssue({ code: "custom", path: ["deviceOther"], message: "products.errors.deviceOtherRequired" });
}

function toFields<T extends RawFields & Omit<ProductFields, "os" | "device">>(v: T): ProductFields {
  return {
    name: v.name,
    version: v.version,
    edition: v.edition,
    os: resolveChoice(v.os, v.osOther, OS_VALUES),
    device: resolveChoice(v.device, v.deviceOther, DEVICE_VALUES),
    commercialName: v.commercialName,
    inCatalogue: v.inCatalogue,
    description: v.description,
  };
}

/** Creating a product, plainly or as a duplicate (sourceId names the product copied). */
export const createProductSchema = z
  .object({
    kind: z.enum(PRODUCT_KINDS, { error: "products.errors.kindRequired" }),
    ...fieldsShape,
    baseIds: idList,
    sourceId: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    requireOtherText(v, ctx);
    if (v.kind === "option" && Array.isArray(v.baseIds) && v.baseIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["baseIds"], message: "products.errors.baseRequired" });
  }, always)
  .transform((v) => ({
    input: { ...toFields(v), kind: v.kind, baseIds: v.kind === "base" ? [] : v.baseIds } satisfies ProductInput,
    sourceId: v.sourceId,
  }));

export const updateProductSchema = z
  .object({ id: z.uuid(), ...fieldsShape })
  .superRefine(requireOtherText, always)
  .transform((v) => ({ id: v.id, fields: toFields(v) }));

// "At least one base" is checked in lib/, which also counts links the user cannot see.
export const productBasesSchema = z.object({ id: z.uuid(), baseIds: idList });

export const productIdSchema = z.object({ id: z.uuid() });

/** The identity fields as stored: normalised so that look-alike names cannot coexist. */
export function normalizeIdentity<F extends Pick<ProductFields, "name" | "version" | "edition" | "os" | "device">>(fields: F): F {
  const opt = (v: string | null) => (v === null ? null : normalizeName(v) || null);
  return {
    ...fields,
    name: normalizeName(fields.name),
    version: normalizeName(fields.version),
    edition: opt(fields.edition),
    os: normalizeName(fields.os),
    device: normalizeName(fields.device),
  };
}
