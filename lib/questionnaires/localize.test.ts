import { describe, expect, it } from "vitest";
import { latestVersion, loadQuestionnaire } from "./load";
import { questionnaireForLocale } from "./localize";

describe("questionnaireForLocale", () => {
  const q = loadQuestionnaire("interoperability", latestVersion("interoperability")!);

  it("keeps the texts of one language only, and everything else", () => {
    const en = questionnaireForLocale(q, "en");
    expect(en.title).toEqual({ en: q.title.en });
    const item = en.sections[0].items[0];
    expect(item.id).toBe(q.sections[0].items[0].id);
    const requirement = q.sections.flatMap((s) => s.items).find((i) => i.kind === "requirement")!;
    expect(JSON.stringify(en)).not.toContain(requirement.kind === "requirement" ? requirement.description.fr : "");
    expect(JSON.stringify(en).length).toBeLessThan(JSON.stringify(q).length * 0.7);
  });

  it("builds each version and language once", () => {
    expect(questionnaireForLocale(q, "fr")).toBe(questionnaireForLocale(q, "fr"));
    expect(questionnaireForLocale(q, "fr")).not.toBe(questionnaireForLocale(q, "en"));
  });
});
