import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findIntegrityProblems } from "./integrity";
import { questionnaireJsonSchema } from "./json-schema";
import { createQuestionnaireStore, QUESTIONNAIRES_DIR } from "./load";
import { contentFiles } from "./manifest";
import { THEMES, VERSION_PATTERN, compareVersions, qualifiersOf, requirementsOf, type Condition, type Theme } from "./schema";

// Every shipped questionnaire file, checked the way the app will read it.

const MIN_REQUIREMENTS: Record<Theme, number> = { interoperability: 15, security: 15, urbanisation: 15, strategy: 8 };

const store = createQuestionnaireStore();
const files = contentFiles().map((file) => {
  const [theme, name] = file.split("/");
  return { file, theme: theme as Theme, version: name.replace(/\.json$/, "") };
});

describe("questionnaire content", () => {
  it("ships at least one version of every theme", () => {
    for (const theme of THEMES) expect(store.latestVersion(theme), theme).not.toBeNull();
  });

  describe.each(files)("$file", ({ file, theme, version }) => {
    it("sits at <theme>/<version>.json with a well-formed version", () => {
      expect(THEMES).toContain(theme);
      expect(version).toMatch(VERSION_PATTERN);
    });

    it("writes apostrophes as the interface does (’), never straight", () => {
      const text = readFileSync(path.join(QUESTIONNAIRES_DIR, file), "utf8");
      expect(text.match(/.{0,20}'.{0,20}/g) ?? []).toEqual([]);
    });

    it("loads, validates and matches its path", () => {
      const q = store.loadQuestionnaire(theme, version);
      expect([q.theme, q.version]).toEqual([theme, version]);
      expect(findIntegrityProblems(q)).toEqual([]);
      expect(JSON.parse(readFileSync(path.join(QUESTIONNAIRES_DIR, file), "utf8")).$schema).toBe("../questionnaire.schema.json");
    });

    it("has unique ids and conditions that name real qualifiers and offered values", () => {
      const q = store.loadQuestionnaire(theme, version);
      const ids = [...q.sections.map((s) => s.id), ...q.sections.flatMap((s) => s.items.map((i) => i.id))];
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const qualifiers = new Map(qualifiersOf(q).map((x) => [x.id, x]));
      for (const r of requirementsOf(q)) {
        for (const leaf of r.applicableIf ? leaves(r.applicableIf) : []) {
          const qualifier = qualifiers.get(leaf.question);
          expect(qualifier, `${r.id} → ${leaf.question}`).toBeDefined();
          const offered = qualifier?.type === "boolean" ? [true, false] : qualifier?.options.map((o) => o.value);
          for (const value of "equals" in leaf ? [leaf.equals] : leaf.in) expect(offered, r.id).toContain(value);
        }
      }
    });

    it(`has at least the minimum number of requirements, some of them mandatory`, () => {
      const requirements = requirementsOf(store.loadQuestionnaire(theme, version));
      expect(requirements.length).toBeGreaterThanOrEqual(MIN_REQUIREMENTS[theme]);
      expect(requirements.some((r) => r.mandatory)).toBe(true);
      expect(requirements.every((r) => r.id.startsWith(`${idPrefix(theme)}-`))).toBe(true);
    });
  });

  it("publishes newer versions on later dates", () => {
    for (const { theme, versions } of store.listQuestionnaires()) {
      const dates = versions.map((v) => v.publishedAt);
      expect(dates, theme).toEqual([...dates].sort().reverse());
      expect(versions.map((v) => v.version)).toEqual(versions.map((v) => v.version).sort((a, b) => compareVersions(b, a)));
    }
  });

  it("keeps questionnaire.schema.json in step with the zod schema", () => {
    const committed = readFileSync(path.join(QUESTIONNAIRES_DIR, "questionnaire.schema.json"), "utf8");
    expect(committed, "run npx tsx scripts/questionnaires-json-schema.ts").toBe(questionnaireJsonSchema());
  });
});

const leaves = (c: Condition) => ("all" in c ? c.all : c.any);
const idPrefix = (theme: Theme) => ({ interoperability: "INT", security: "SEC", urbanisation: "URB", strategy: "STR" })[theme];
