import { z } from "zod";
import { levelSchema, type Level } from "../questionnaires/schema";

// What a vendor answered for one questionnaire. Plain data: stored per question id,
// frozen in validated snapshots, and fed to the scoring engine on server and client.

export type { Level };

export const qualifierAnswerSchema = z.union([z.boolean(), z.string(), z.array(z.string())]);
export type QualifierAnswer = z.infer<typeof qualifierAnswerSchema>;

// plannedDate and comment travel with the answer for the UI; scoring ignores them.
export const requirementAnswerSchema = z.union([
  z.strictObject({ level: levelSchema, plannedDate: z.iso.date().optional(), comment: z.string().optional() }),
  z.strictObject({
    notConcerned: z.literal(true),
    justification: z.string().trim().min(1),
    comment: z.string().optional(),
  }),
]);
export type RequirementAnswer = z.infer<typeof requirementAnswerSchema>;

export const answersSchema = z.strictObject({
  qualifiers: z.record(z.string(), qualifierAnswerSchema),
  requirements: z.record(z.string(), requirementAnswerSchema),
});
export type Answers = z.infer<typeof answersSchema>;
export type QualifierAnswers = Answers["qualifiers"];

export const emptyAnswers = (): Answers => ({ qualifiers: {}, requirements: {} });

export { isNotConcerned } from "./not-concerned";
