import { z } from "zod";
import { THEMES, VERSION_PATTERN } from "@/lib/questionnaires/schema";

// What the evaluation forms send. Messages are i18n keys; the item-specific checks (does the
// option exist, does the item belong to the questionnaire) happen in lib/ with the questionnaire.

const id = z.uuid({ error: "errors.notFound" });
const revision = z.coerce.number().int().min(0).max(2_000_000_000);

export const LEVEL_CHOICES = ["0", "1", "2", "3", "4", "nc"] as const;

/** A file input left empty arrives as an empty, nameless File: that is "no file". */
const optionalFile = z.preprocess(
  (v) => (v instanceof File && v.size === 0 && v.name === "" ? undefined : v),
  z.instanceof(File).optional(),
);

export const saveAnswerSchema = z.object({
  evaluationId: id,
  itemId: z.string().min(1).max(80),
  /** The revision of this item's answer the user started from; 0 when it had none. */
  baseRevision: revision,
  /** The evaluation revision the page knows, to tell the user when someone else saved meanwhile. */
  knownRevision: revision.optional(),
  /** Qualifier answer as JSON: true, "option", ["a", "b"], or null to clear it. */
  value: z.string().max(4000).optional(),
  level: z.enum(["", ...LEVEL_CHOICES], { error: "errors.invalid" }).optional(),
  plannedDate: z.union([z.literal(""), z.iso.date({ error: "evaluations.errors.date" })]).optional(),
  justification: z.string().trim().max(2000).optional(),
  comment: z.string().trim().max(5000).optional(),
  evidenceUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "evaluations.errors.url" }).max(2000)]).optional(),
  removeEvidence: z.enum(["", "1"]).optional(),
  evidenceFile: optionalFile,
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const positionSchema = z.object({ evaluationId: id, itemId: z.string().min(1).max(80) });

export const evaluationRevisionSchema = z.object({ evaluationId: id, revision });
export type EvaluationRevisionInput = z.infer<typeof evaluationRevisionSchema>;

export const upgradeSchema = z.object({ evaluationId: id });

export const startSchema = z.object({
  theme: z.enum(THEMES, { error: "errors.invalid" }),
  productId: z.union([z.literal(""), id]).optional(),
  version: z.union([z.literal(""), z.string().regex(VERSION_PATTERN, { error: "errors.invalid" })]).optional(),
});
export type StartInput = z.infer<typeof startSchema>;
