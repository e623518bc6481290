import type { Item, Localized, Qualifier, Questionnaire, Requirement, Threshold } from "./schema";

// Builders for small synthetic questionnaires in unit tests: a test states only what
// matters to it (ids, mandatory, target, conditions); everything else gets a dull default.

export const text = (s: string): Localized => ({ fr: s, en: s });

export function requirement(id: string, overrides: Partial<Omit<Requirement, "kind" | "id">> = {}): Requirement {
  return {
    kind: "requirement",
    id,
    title: text(`${id} title`),
    description: text(`${id} description`),
    reference: { label: "Test reference" },
    mandatory: false,
    target: { level: 3, by: "2025-12-31" },
    evidence: text("evidence"),
    done: text("done"),
    verified: text("verified"),
    ...overrides,
  };
}

export function yesNo(id: string, question = `${id}?`): Qualifier {
  return { kind: "qualifier", id, type: "boolean", question: text(question) };
}

export function choice(id: string, type: "single" | "multiple", values: string[], question = `${id}?`): Qualifier {
  return {
    kind: "qualifier",
    id,
    type,
    question: text(question),
    options: values.map((value) => ({ value, label: text(value) })),
  };
}

export const DEFAULT_THRESHOLDS: Threshold[] = [
  { id: "initial", min: 0, label: text("Initial") },
  { id: "developing", min: 25, label: text("Developing") },
  { id: "defined", min: 50, label: text("Defined") },
  { id: "advanced", min: 75, label: text("Advanced") },
];

/** `sections` maps a section id to its items, in order. */
export function questionnaire(
  sections: Record<string, Item[]>,
  options: { theme?: Questionnaire["theme"]; version?: string; levels?: Threshold[] } = {},
): Questionnaire {
  return {
    theme: options.theme ?? "interoperability",
    version: options.version ?? "2025.1",
    title: text("Test questionnaire"),
    publishedAt: "2025-01-15",
    scale: {
      levels: ([0, 1, 2, 3, 4] as const).map((value) => ({
        value,
        label: text(`L${value}`),
        help: text(`help ${value}`),
      })),
      notConcerned: { label: text("Not concerned"), help: text("Justify") },
    },
    levels: options.levels ?? DEFAULT_THRESHOLDS,
    sections: Object.entries(sections).map(([id, items]) => ({ id, title: text(id), items })),
  };
}
