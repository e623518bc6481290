"use server";

import { defineAction } from "@/lib/actions/action";
import { saveAnswer, savePosition, type SaveResult } from "@/lib/evaluations/save";
import { evaluationRevisionSchema, positionSchema, saveAnswerSchema, startSchema, upgradeSchema } from "@/lib/evaluations/schema";
import { startEvaluation } from "@/lib/evaluations/start";
import { upgradeEvaluation } from "@/lib/evaluations/upgrade";
import { reopenEvaluation, validateEvaluation } from "@/lib/evaluations/validate";

// Each action authenticates and parses through the wrapper; lib/ checks the rights.

export const startEvaluationAction = defineAction({
  schema: startSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { id } = await startEvaluation(user, input, meta);
    return { data: { id }, revalidate: ["/evaluations", "/strategy"], redirectTo: `/evaluations/${id}` };
  },
});

/** Autosave and the save button: one item at a time, small and fast. */
export const saveAnswerAction = defineAction({
  schema: saveAnswerSchema,
  access: "user",
  async run({ input, user, meta }): Promise<{ data: SaveResult }> {
    return { data: await saveAnswer(user, input, meta) };
  },
});

export const savePositionAction = defineAction({
  schema: positionSchema,
  access: "user",
  async run({ input, user }) {
    await savePosition(user, input);
    return { data: undefined };
  },
});

export const validateEvaluationAction = defineAction({
  schema: evaluationRevisionSchema,
  access: "user",
  async run({ input, user, meta }) {
    await validateEvaluation(user, input, meta);
    const base = `/evaluations/${input.evaluationId}`;
    return { data: undefined, revalidate: [base, "/evaluations", "/strategy"], redirectTo: `${base}/results?done=validated` };
  },
});

export const reopenEvaluationAction = defineAction({
  schema: evaluationRevisionSchema,
  access: "user",
  async run({ input, user, meta }) {
    await reopenEvaluation(user, input, meta);
    const base = `/evaluations/${input.evaluationId}`;
    return { data: undefined, revalidate: [base, "/evaluations", "/strategy"], redirectTo: `${base}?done=reopened` };
  },
});

export const upgradeEvaluationAction = defineAction({
  schema: upgradeSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { id } = await upgradeEvaluation(user, input, meta);
    return { data: { id }, revalidate: ["/evaluations", "/strategy"], redirectTo: `/evaluations/${id}?done=upgraded` };
  },
});
