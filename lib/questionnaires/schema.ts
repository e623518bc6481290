import { z } from "zod";

// The contract between questionnaire content (questionnaires/<theme>/<version>.json) and
// the code. Structural rules live here so that z.toJSONSchema can hand them to editors;
// cross-references (unique ids, conditions naming real qualifiers) live in integrity.ts.

export const THEMES = ["interoperability", "security", "urbanisation", "strategy"] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

/** Requirement id prefix per theme: a requirement never moves from one theme to another. */
export const REQUIREMENT_PREFIX: Record<Theme, string> = {
  interoperability: "INT",
  security: "SEC",
  urbanisation: "URB",
  strategy: "STR",
};

// "2025.1": year, then a release counter starting at 1.
export const VERSION_PATTERN = /^\d{4}\.[1-9]\d*$/;
export const versionSchema = z.string().regex(VERSION_PATTERN, "Version must look like 2025.1");

const slug = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "Use lowercase kebab-case (e.g. handles-patient-identity)");
const requirementId = z.string().regex(/^(INT|SEC|URB|STR)(-[A-Z0-9]+)+-\d{2}$/, "Requirement ids look like INT-INS-01");
const text = z.string().trim().min(1);

export const localizedSchema = z.strictObject({ fr: text, en: text });
export type Localized = z.infer<typeof localizedSchema>;

export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Level = z.infer<typeof levelSchema>;

export const scaleSchema = z.strictObject({
  levels: z.array(z.strictObject({ value: levelSchema, label: localizedSchema, help: localizedSchema })).length(5),
  notConcerned: z.strictObject({ label: localizedSchema, help: localizedSchema }),
});

export const thresholdSchema = z.strictObject({ id: slug, min: z.number().min(0).max(100), label: localizedSchema });
export type Threshold = z.infer<typeof thresholdSchema>;

export const conditionLeafSchema = z.union([
  // For a "multiple" qualifier, equals means "the selection contains this value".
  z.strictObject({ question: slug, equals: z.union([z.boolean(), slug]) }),
  // For "single": the answer is one of these; for "multiple": the selection holds at least one.
  z.strictObject({ question: slug, in: z.array(slug).min(1) }),
]);
export type ConditionLeaf = z.infer<typeof conditionLeafSchema>;

export const conditionSchema = z.union([
  z.strictObject({ all: z.array(conditionLeafSchema).min(1) }),
  z.strictObject({ any: z.array(conditionLeafSchema).min(1) }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const optionSchema = z.strictObject({ value: slug, label: localizedSchema });
export type QualifierOption = z.infer<typeof optionSchema>;

const qualifierBase = {
  kind: z.literal("qualifier"),
  id: slug,
  question: localizedSchema,
  help: localizedSchema.optional(),
};
export const qualifierSchema = z.discriminatedUnion("type", [
  // Yes/no: the options are implicit.
  z.strictObject({ ...qualifierBase, type: z.literal("boolean") }),
  z.strictObject({ ...qualifierBase, type: z.enum(["single", "multiple"]), options: z.array(optionSchema).min(2) }),
]);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const requirementSchema = z.strictObject({
  kind: z.literal("requirement"),
  id: requirementId,
  title: localizedSchema,
  description: localizedSchema,
  reference: z.strictObject({ label: text, url: z.url({ protocol: /^https$/ }).optional() }),
  mandatory: z.boolean(),
  target: z.strictObject({ level: levelSchema, by: z.iso.date() }),
  applicableIf: conditionSchema.optional(),
  evidence: localizedSchema,
  done: localizedSchema,
  verified: localizedSchema,
});
export type Requirement = z.infer<typeof requirementSchema>;

export const itemSchema = z.discriminatedUnion("kind", [qualifierSchema, requirementSchema]);
export type Item = z.infer<typeof itemSchema>;

export const sectionSchema = z.strictObject({ id: slug, title: localizedSchema, items: z.array(itemSchema).min(1) });
export type Section = z.infer<typeof sectionSchema>;

export const questionnaireSchema = z.strictObject({
  // Lets editors find questionnaire.schema.json; ignored by the code.
  $schema: z.string().optional(),
  theme: themeSchema,
  version: versionSchema,
  title: localizedSchema,
  publishedAt: z.iso.date(),
  scale: scaleSchema,
  levels: z.array(thresholdSchema).min(1),
  sections: z.array(sectionSchema).min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Orders "2025.1" < "2025.2" < "2026.1" numerically (2025.10 comes after 2025.9). */
export function compareVersions(a: string, b: string): number {
  const [ay, an] = a.split(".").map(Number);
  const [by, bn] = b.split(".").map(Number);
  return ay - by || an - bn;
}

export function requirementsOf(questionnaire: Questionnaire): Requirement[] {
  return questionnaire.sections.flatMap((s) => s.items.filter((i): i is Requirement => i.kind === "requirement"));
}

export function qualifiersOf(questionnaire: Questionnaire): Qualifier[] {
  return questionnaire.sections.flatMap((s) => s.items.filter((i): i is Qualifier => i.kind === "qualifier"));
}
