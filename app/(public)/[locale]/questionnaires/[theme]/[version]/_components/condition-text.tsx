import type { Condition, Qualifier } from "@/lib/questionnaires/schema";
import type { Locale } from "@/lib/i18n/locales";

/** "Applies when: …" in words, naming the qualifier questions and their answers. */
export function conditionText(
  condition: Condition,
  qualifiers: Map<string, Qualifier>,
  locale: Locale,
  words: { yes: string; no: string; and: string; or: string },
): string {
  const leaves = "all" in condition ? condition.all : condition.any;
  const parts = leaves.map((leaf) => {
    const q = qualifiers.get(leaf.question);
    const question = q ? q.question[locale] : leaf.question;
    const label = (value: string | boolean) => {
      if (typeof value === "boolean") return value ? words.yes : words.no;
      const option = q && q.type !== "boolean" ? q.options.find((o) => o.value === value) : undefined;
      return option ? option.label[locale] : value;
    };
    const answer = "equals" in leaf ? label(leaf.equals) : leaf.in.map(label).join(" / ");
    return locale === "fr" ? `« ${question} » → ${answer}` : `“${question}” → ${answer}`;
  });
  return parts.join(` ${"all" in condition ? words.and : words.or} `);
}
