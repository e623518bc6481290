import type { SnapshotAnswer } from "@/lib/evaluations/model";
import type { Locale } from "@/lib/i18n/locales";
import type { Item, Questionnaire } from "@/lib/questionnaires/schema";

type Words = { yes: string; no: string; none: string; noneSelected: string };

/** An answer in words, as the results and history pages show it. */
export function answerText(
  item: Item | undefined,
  answer: SnapshotAnswer | null,
  scale: Questionnaire["scale"],
  locale: Locale,
  words: Words,
): string {
  if (!answer) return words.none;
  if (!item || item.kind === "requirement") {
    if (answer.notConcerned) return scale.notConcerned.label[locale];
    if (answer.level === null) return words.none;
    return scale.levels.find((l) => l.value === answer.level)?.label[locale] ?? String(answer.level);
  }
  const value = answer.value;
  if (value === null) return words.none;
  const label = (v: string) => (item.type === "boolean" ? v : (item.options.find((o) => o.value === v)?.label[locale] ?? v));
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map(label).join(", ") || words.noneSelected;
  return label(value);
}
