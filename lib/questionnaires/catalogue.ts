import { notFound } from "next/navigation";
import { emptyAnswers } from "@/lib/scoring/answers";
import { listQuestionnaires, loadQuestionnaire } from "./load";
import { compareVersions, type Questionnaire } from "./schema";
import { planUpgrade } from "./upgrade";

// The public, read-only view of published questionnaires (no user data involved).

export function publishedCatalogue() {
  return listQuestionnaires();
}

/** A published version, or a 404 for any theme/version that is not one. */
export function publishedQuestionnaire(theme: string, version: string): Questionnaire {
  const known = listQuestionnaires()
    .find((t) => t.theme === theme)
    ?.versions.some((v) => v.version === version);
  if (!known) notFound();
  return loadQuestionnaire(theme as Questionnaire["theme"], version);
}

/** What changed since the version before this one (null for a theme's first version). */
export function changesSincePrevious(questionnaire: Questionnaire) {
  const versions = listQuestionnaires().find((t) => t.theme === questionnaire.theme)?.versions ?? [];
  const previous = versions
    .map((v) => v.version)
    .filter((v) => compareVersions(v, questionnaire.version) < 0)
    .sort(compareVersions)
    .at(-1);
  if (!previous) return null;
  const from = loadQuestionnaire(questionnaire.theme, previous);
  // Every item of the previous version "answered", so that removed items show as dropped.
  const answers = emptyAnswers();
  for (const section of from.sections)
    for (const item of section.items) {
      if (item.kind === "requirement") answers.requirements[item.id] = { level: 0 };
      else answers.qualifiers[item.id] = item.type === "boolean" ? true : item.type === "single" ? item.options[0].value : [];
    }
  const plan = planUpgrade(from, questionnaire, answers);
  return {
    previous,
    added: plan.added,
    removed: plan.dropped.filter((d) => d.reason === "removed").map((d) => d.id),
    reworded: plan.reworded,
  };
}
