import {
  REQUIREMENT_PREFIX,
  qualifiersOf,
  questionnaireSchema,
  type Condition,
  type ConditionLeaf,
  type Qualifier,
  type Questionnaire,
} from "./schema";

// Rules a JSON Schema cannot express: cross-references inside one file. Kept apart from
// the zod schema so a structurally broken file is reported once, not as a cascade.

export function findIntegrityProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const once = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    seen.add(id);
  };

  const scaleValues = q.scale.levels.map((l) => l.value).join(",");
  if (scaleValues !== "0,1,2,3,4") problems.push(`scale.levels: values must be 0,1,2,3,4 in order (got ${scaleValues})`);

  if (q.levels[0]?.min !== 0) problems.push("levels: the first threshold must start at 0 so every score has a level");
  q.levels.forEach((t, i) => {
    once(t.id, `levels.${i}`);
    if (i > 0 && t.min <= q.levels[i - 1].min) problems.push(`levels.${i}: thresholds must strictly ascend`);
  });

  const qualifiers = new Map(qualifiersOf(q).map((x) => [x.id, x]));
  const prefix = REQUIREMENT_PREFIX[q.theme];
  q.sections.forEach((section, s) => {
    once(section.id, `sections.${s}`);
    section.items.forEach((item, i) => {
      const where = `sections.${s}.items.${i}`;
      once(item.id, where);
      if (item.kind === "qualifier") {
        if (item.type !== "boolean") {
          const values = item.options.map((o) => o.value);
          if (new Set(values).size !== values.length) problems.push(`${where}: duplicate option values in "${item.id}"`);
        }
        return;
      }
      if (!item.id.startsWith(`${prefix}-`)) problems.push(`${where}: "${item.id}" must start with ${prefix}- in theme ${q.theme}`);
      if (item.applicableIf) {
        for (const p of conditionProblems(item.applicableIf, qualifiers)) problems.push(`${where}.applicableIf: ${p}`);
      }
    });
  });
  return problems;
}

function conditionProblems(condition: Condition, qualifiers: Map<string, Qualifier>): string[] {
  const leaves: ConditionLeaf[] = "all" in condition ? condition.all : condition.any;
  return leaves.flatMap((leaf) => {
    const qualifier = qualifiers.get(leaf.question);
    if (!qualifier) return [`"${leaf.question}" is not a qualifier of this file`];
    if (qualifier.type === "boolean") {
      return "equals" in leaf && typeof leaf.equals === "boolean" ? [] : [`"${leaf.question}" is yes/no: use { equals: true | false }`];
    }
    const values = "equals" in leaf ? [leaf.equals] : leaf.in;
    const offered = new Set(qualifier.options.map((o) => o.value));
    return values
      .filter((v) => typeof v !== "string" || !offered.has(v))
      .map((v) => `"${leaf.question}" does not offer the value ${JSON.stringify(v)}`);
  });
}

export type Validation = { ok: true; questionnaire: Questionnaire } | { ok: false; issues: string[] };

/** Structure first (zod), then cross-references; issues read as "path: message". */
export function validateQuestionnaire(data: unknown): Validation {
  const parsed = questionnaireSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    };
  }
  const problems = findIntegrityProblems(parsed.data);
  return problems.length ? { ok: false, issues: problems } : { ok: true, questionnaire: parsed.data };
}
