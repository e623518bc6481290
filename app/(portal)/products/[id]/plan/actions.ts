"use server";

import { defineAction } from "@/lib/actions/action";
import { bulkUpdate, saveLine, type SaveLineResult } from "@/lib/plans/save";
import { bulkSchema, saveLineSchema, validatePlanSchema } from "@/lib/plans/schema";
import { planPath, validatePlan } from "@/lib/plans/validate";

// Each action authenticates and parses through the wrapper; lib/plans checks the rights.

/** Saving as you go: one line at a time. The page refreshes its charts afterwards. */
export const saveLineAction = defineAction({
  schema: saveLineSchema,
  access: "user",
  async run({ input, user }): Promise<{ data: SaveLineResult }> {
    return { data: await saveLine(user, input) };
  },
});

export const bulkAction = defineAction({
  schema: bulkSchema,
  access: "user",
  async run({ input, user, meta, t }) {
    const result = await bulkUpdate(user, input, meta);
    const done = t("plans.bulk.done", { count: result.updated.length });
    const skipped =
      result.conflicts.length > 0
        ? ` ${t("plans.bulk.conflicts", { count: result.conflicts.length, ids: result.conflicts.join(", ") })}`
        : "";
    return { data: result, message: done + skipped, revalidate: [planPath({ productId: input.subject })] };
  },
});

export const validatePlanAction = defineAction({
  schema: validatePlanSchema,
  access: "user",
  async run({ input, user, meta }) {
    await validatePlan(user, input, meta);
    const path = planPath({ productId: input.subject });
    return { data: undefined, revalidate: [path, "/dashboard"], redirectTo: `${path}?done=validated` };
  },
});
