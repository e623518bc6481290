import type { Questionnaire } from "@/lib/questionnaires/schema";
import { itemIndex, missingItems, type StoredAnswers } from "./model";

type Asked = { section?: string; item?: string; position: string | null };

/**
 * Which section the answering page opens, and which item it puts the focus on: the section
 * asked for in the address; else the section of the item asked for (a link from the list of
 * missing answers); else where the user was last (their saved position); else the first
 * section that still waits for an answer; else the first section.
 */
export function openingSection(
  questionnaire: Questionnaire,
  answers: StoredAnswers,
  asked: Asked,
): { sectionId: string; focus: string | null; chosen: boolean } {
  const index = itemIndex(questionnaire);
  const sections = questionnaire.sections;
  if (asked.section && sections.some((s) => s.id === asked.section)) {
    const focus = asked.item && index.get(asked.item)?.sectionId === asked.section ? asked.item : null;
    return { sectionId: asked.section, focus, chosen: true };
  }
  const item = asked.item ? index.get(asked.item) : undefined;
  if (asked.item && item) return { sectionId: item.sectionId, focus: asked.item, chosen: true };
  const last = asked.position ? index.get(asked.position) : undefined;
  if (asked.position && last) return { sectionId: last.sectionId, focus: asked.position, chosen: false };
  const firstMissing = missingItems(questionnaire, answers)[0];
  return { sectionId: firstMissing?.sectionId ?? sections[0].id, focus: null, chosen: false };
}
