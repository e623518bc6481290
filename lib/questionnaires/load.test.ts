import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createQuestionnaireStore, QuestionnaireContentError } from "./load";
import type { Theme } from "./schema";
import { questionnaire, requirement } from "./test-fixtures";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function contentRoot(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(tmpdir(), "questionnaires-"));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === "string" ? content : JSON.stringify(content));
  }
  return root;
}

const q = (version: string, ids: string[]) =>
  questionnaire({ core: ids.map((id) => requirement(id)) }, { theme: "interoperability", version });

describe("questionnaire store", () => {
  it("lists versions newest first (numerically) with their summary", () => {
    const root = contentRoot({
      "interoperability/2025.2.json": q("2025.2", ["INT-A-01"]),
      "interoperability/2025.10.json": q("2025.10", ["INT-A-01", "INT-B-01"]),
      "interoperability/2026.1.json": q("2026.1", ["INT-A-01"]),
      "interoperability/notes.txt": "ignored",
    });
    const store = createQuestionnaireStore(root);
    const [interop, security] = store.listQuestionnaires();
    expect(interop.versions.map((v) => [v.version, v.requirementCount])).toEqual([
      ["2026.1", 1],
      ["2025.10", 2],
      ["2025.2", 1],
    ]);
    expect(interop.versions[0]).toMatchObject({ publishedAt: "2025-01-15", title: { fr: "Test questionnaire" } });
    expect(security).toEqual({ theme: "security", versions: [] });
    expect(store.latestVersion("interoperability")).toBe("2026.1");
    expect(store.latestVersion("security")).toBeNull();
  });

  it("caches parsed files", () => {
    const store = createQuestionnaireStore(contentRoot({ "interoperability/2025.1.json": q("2025.1", ["INT-A-01"]) }));
    expect(store.loadQuestionnaire("interoperability", "2025.1")).toBe(store.loadQuestionnaire("interoperability", "2025.1"));
  });

  it("names the file and every issue when content is invalid", () => {
    const bad = q("2025.1", ["INT-A-01", "INT-A-01"]);
    const store = createQuestionnaireStore(contentRoot({ "interoperability/2025.1.json": bad }));
    const error = (() => {
      try {
        store.loadQuestionnaire("interoperability", "2025.1");
      } catch (e) {
        return e as QuestionnaireContentError;
      }
    })();
    expect(error).toBeInstanceOf(QuestionnaireContentError);
    expect(error?.message).toMatch(/interoperability\/2025\.1\.json/);
    expect(error?.issues).toEqual(['sections.0.items.1: duplicate id "INT-A-01"']);
  });

  it("rejects a file whose theme or version disagrees with its path", () => {
    const store = createQuestionnaireStore(contentRoot({ "interoperability/2025.2.json": q("2025.1", ["INT-A-01"]) }));
    expect(() => store.loadQuestionnaire("interoperability", "2025.2")).toThrow(/version is "2025.1" but the file is named 2025.2.json/);
  });

  it("rejects malformed JSON, unknown themes, malformed versions and missing files", () => {
    const store = createQuestionnaireStore(contentRoot({ "security/2025.1.json": "{ nope" }));
    expect(() => store.loadQuestionnaire("security", "2025.1")).toThrow(/security\/2025\.1\.json:\n  - not valid JSON/);
    expect(() => store.loadQuestionnaire("../etc" as Theme, "2025.1")).toThrow(/Unknown questionnaire theme/);
    expect(() => store.loadQuestionnaire("security", "../../x")).toThrow(/Malformed questionnaire version/);
    expect(() => store.loadQuestionnaire("strategy", "2024.1")).toThrow(/No questionnaire/);
  });
});
