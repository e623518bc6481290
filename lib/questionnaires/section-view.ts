import type { Locale } from "@/lib/i18n/locales";
import { questionnaireForLocale } from "./localize";
import type { Item, Questionnaire, Section } from "./schema";

const cache = new Map<string, Questionnaire>();

/**
 * An item of a section the page does not show: what scoring, progress and the list of
 * missing answers need (ids, kinds, conditions, targets, titles), without the texts only a
 * shown item displays (descriptions, help, evidence, option labels).
 */
function outline(item: Item): Item {
  if (item.kind === "requirement") {
    const { kind, id, title, mandatory, target, applicableIf } = item;
    return { kind, id, title, mandatory, target, ...(applicableIf ? { applicableIf } : {}) } as Item;
  }
  if (item.type === "boolean") return { kind: item.kind, id: item.id, type: item.type, question: item.question };
  return {
    kind: item.kind,
    id: item.id,
    type: item.type,
    question: item.question,
    options: item.options.map((o) => ({ value: o.value })),
  } as Item;
}

/**
 * The questionnaire as the answering page sends it to the browser while one section is open:
 * one language, the open section complete, the other sections in outline. The browser still
 * scores the whole evaluation live (progress of every section, requirements that start to
 * apply), but carries and renders the texts of one section only. A published version never
 * changes, so each (version, language, section) is built once per process. Reading a text
 * the outline dropped gives undefined: only the open section's items may be displayed.
 */
export function questionnaireForSection(questionnaire: Questionnaire, locale: Locale, sectionId: string): Questionnaire {
  const key = `${questionnaire.theme}@${questionnaire.version}:${locale}:${sectionId}`;
  let view = cache.get(key);
  if (!view) {
    const localized = questionnaireForLocale(questionnaire, locale);
    const sections: Section[] = localized.sections.map((s) => (s.id === sectionId ? s : { ...s, items: s.items.map(outline) }));
    view = Object.freeze({ ...localized, sections });
    cache.set(key, view);
  }
  return view;
}
