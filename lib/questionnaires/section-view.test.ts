import { describe, expect, it } from "vitest";
import { isApplicable } from "@/lib/scoring/applicability";
import { scoreQuestionnaire } from "@/lib/scoring/score";
import { latestVersion, loadQuestionnaire } from "./load";
import { questionnaireForLocale } from "./localize";
import { questionnaireForSection } from "./section-view";

describe("questionnaireForSection", () => {
  const q = loadQuestionnaire("interoperability", latestVersion("interoperability")!);
  const open = q.sections[1];
  const view = questionnaireForSection(q, "fr", open.id);

  it("keeps the open section complete and the others in outline, in one language", () => {
    expect(view.sections[1]).toEqual(questionnaireForLocale(q, "fr").sections[1]);
    const other = q.sections[2].items.find((i) => i.kind === "requirement")!;
    const json = JSON.stringify(view);
    expect(other.kind === "requirement" && json.includes(other.description.fr)).toBe(false);
    expect(other.kind === "requirement" && json.includes(other.title.fr)).toBe(true);
    expect(json).not.toContain(q.title.en);
    expect(json.length).toBeLessThan(JSON.stringify(questionnaireForLocale(q, "fr")).length * 0.6);
  });

  it("scores exactly like the full questionnaire in that language", () => {
    const qualifiers = Object.fromEntries(
      q.sections
        .flatMap((s) => s.items)
        .filter((i) => i.kind === "qualifier")
        .map((i) => [i.id, i.type === "boolean" ? true : i.type === "single" ? i.options[0].value : [i.options[0].value]]),
    );
    const requirements = Object.fromEntries(
      q.sections
        .flatMap((s) => s.items)
        .filter((i) => i.kind === "requirement" && isApplicable(i, qualifiers))
        .map((i, n) => [i.id, { level: (n % 5) as 0 | 1 | 2 | 3 | 4, plannedDate: "2027-01-01" }]),
    );
    const answers = { qualifiers, requirements };
    expect(scoreQuestionnaire(view, answers)).toEqual(scoreQuestionnaire(questionnaireForLocale(q, "fr"), answers));
  });

  it("builds each version, language and section once", () => {
    expect(questionnaireForSection(q, "fr", open.id)).toBe(view);
    expect(questionnaireForSection(q, "fr", q.sections[0].id)).not.toBe(view);
  });
});
