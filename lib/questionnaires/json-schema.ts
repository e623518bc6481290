import { z } from "zod";
import {
  conditionLeafSchema,
  conditionSchema,
  itemSchema,
  levelSchema,
  localizedSchema,
  optionSchema,
  qualifierSchema,
  questionnaireSchema,
  requirementSchema,
  scaleSchema,
  sectionSchema,
  thresholdSchema,
} from "./schema";

// A private registry names the shared definitions ($defs) without putting ids in zod's
// global registry, which every other schema of the app shares.
const names = z.registry<{ id?: string; title?: string; description?: string }>();
names.add(questionnaireSchema, {
  title: "Convergence questionnaire",
  description: "One published version of a theme questionnaire (questionnaires/<theme>/<version>.json).",
});
for (const [schema, id] of [
  [localizedSchema, "Localized"],
  [levelSchema, "Level"],
  [scaleSchema, "Scale"],
  [thresholdSchema, "Threshold"],
  [sectionSchema, "Section"],
  [itemSchema, "Item"],
  [qualifierSchema, "Qualifier"],
  [optionSchema, "Option"],
  [requirementSchema, "Requirement"],
  [conditionSchema, "Condition"],
  [conditionLeafSchema, "ConditionLeaf"],
] as const) {
  names.add(schema, { id });
}

/** The JSON Schema text committed as questionnaires/questionnaire.schema.json. A test
 * compares it with this output so the file cannot drift from the zod schema. */
export function questionnaireJsonSchema(): string {
  // "input": what an author writes (optional keys stay optional).
  const schema = z.toJSONSchema(questionnaireSchema, { io: "input", metadata: names });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
