import { z } from "zod";

// What the plan forms send. Messages are i18n keys; what depends on the plan (the line
// exists, the level is not below today's, the owner may own it) is checked in lib/plans.

const revision = z.coerce.number().int().min(0).max(2_000_000_000);
/** "strategy" (the company's plan) or a product id; anything else is a plan that does not exist. */
const subject = z.union([z.literal("strategy"), z.uuid({ error: "errors.notFound" })]).transform((v) => (v === "strategy" ? null : v));
const quarter = z.string().regex(/^\d{4}-T[1-4]$/, { error: "plans.errors.quarter" });
const owner = z.union([z.literal(""), z.uuid({ error: "errors.invalid" })]).transform((v) => v || null);

export const saveLineSchema = z.object({
  subject,
  requirementId: z.string().min(1).max(80),
  /** The revision of this line the user started from; 0 when it showed its defaults. */
  baseRevision: revision,
  /** The plan revision the page knows, to tell the user when someone else saved meanwhile. */
  knownRevision: revision.optional(),
  plannedLevel: z.coerce.number({ error: "errors.invalid" }).int().min(0).max(4),
  plannedQuarter: quarter,
  ownerId: owner,
  note: z.string().trim().max(2000, { error: "plans.errors.noteTooLong" }).optional(),
});
export type SaveLineInput = z.infer<typeof saveLineSchema>;

/** Several lines at once: each names the revision it was seen at. */
export const bulkSchema = z.object({
  subject,
  /** Checkboxes named "line", each "REQUIREMENT-ID@revision"; one checked box arrives as a string. */
  lines: z.preprocess(
    (v) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) =>
        typeof s === "string" && s.includes("@")
          ? { requirementId: s.slice(0, s.lastIndexOf("@")), baseRevision: s.slice(s.lastIndexOf("@") + 1) }
          : s,
      ),
    z
      .array(z.object({ requirementId: z.string().min(1).max(80), baseRevision: revision }))
      .min(1, { error: "plans.errors.noneSelected" })
      .max(500),
  ),
  plannedQuarter: z.union([z.literal(""), quarter]).optional(),
  ownerId: z.union([z.literal(""), z.literal("none"), z.uuid({ error: "errors.invalid" })]).optional(),
});
export type BulkInput = z.infer<typeof bulkSchema>;

export const validatePlanSchema = z.object({ subject, revision });
export type ValidatePlanInput = z.infer<typeof validatePlanSchema>;
