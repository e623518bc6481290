import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateQuestionnaire } from "./integrity";
import { THEMES, VERSION_PATTERN, compareVersions, requirementsOf, type Localized, type Questionnaire, type Theme } from "./schema";

// Server-side only (node:fs). Not marked with "server-only" because scripts and unit tests
// import it outside Next.js, where that guard throws.

export type QuestionnaireSummary = {
  version: string;
  title: Localized;
  publishedAt: string;
  requirementCount: number;
};
export type ThemeListing = { theme: Theme; versions: QuestionnaireSummary[] };

export class QuestionnaireContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`Invalid questionnaire ${file}:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "QuestionnaireContentError";
  }
}

export const QUESTIONNAIRES_DIR = path.join(process.cwd(), "questionnaires");

/** Reads <root>/<theme>/<version>.json. Published files never change, so parsed files are
 * cached for the life of the process; clearCache() exists for tests and scripts. */
export function createQuestionnaireStore(root: string = QUESTIONNAIRES_DIR) {
  const cache = new Map<string, Questionnaire>();
  const display = (theme: string, version: string) =>
    path.relative(process.cwd(), path.join(root, theme, `${version}.json`)) || `${theme}/${version}.json`;

  function loadQuestionnaire(theme: Theme, version: string): Questionnaire {
    // Both arrive from URLs: checking them also keeps the path inside the content folder.
    if (!THEMES.includes(theme)) throw new Error(`Unknown questionnaire theme "${theme}"`);
    if (!VERSION_PATTERN.test(version)) throw new Error(`Malformed questionnaire version "${version}"`);
    const key = `${theme}/${version}`;
    const cached = cache.get(key);
    if (cached) return cached;

    const file = display(theme, version);
    const fullPath = path.join(root, theme, `${version}.json`);
    if (!existsSync(fullPath)) throw new Error(`No questionnaire ${file}`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(fullPath, "utf8"));
    } catch (error) {
      throw new QuestionnaireContentError(file, [`not valid JSON: ${(error as Error).message}`]);
    }
    const result = validateQuestionnaire(data);
    if (!result.ok) throw new QuestionnaireContentError(file, result.issues);
    const q = result.questionnaire;
    const mismatch = [
      q.theme !== theme && `theme is "${q.theme}" but the file sits in ${theme}/`,
      q.version !== version && `version is "${q.version}" but the file is named ${version}.json`,
    ].filter((m): m is string => Boolean(m));
    if (mismatch.length) throw new QuestionnaireContentError(file, mismatch);
    cache.set(key, q);
    return q;
  }

  /** Versions present on disk for a theme, newest first. */
  function versionsOf(theme: Theme): string[] {
    const dir = path.join(root, theme);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(".json") && VERSION_PATTERN.test(f.slice(0, -5)))
      .map((f) => f.slice(0, -5))
      .sort((a, b) => compareVersions(b, a));
  }

  function listQuestionnaires(): ThemeListing[] {
    return THEMES.map((theme) => ({
      theme,
      versions: versionsOf(theme).map((version) => {
        const q = loadQuestionnaire(theme, version);
        return { version, title: q.title, publishedAt: q.publishedAt, requirementCount: requirementsOf(q).length };
      }),
    }));
  }

  function latestVersion(theme: Theme): string | null {
    return versionsOf(theme)[0] ?? null;
  }

  return { loadQuestionnaire, listQuestionnaires, latestVersion, versionsOf, clearCache: () => cache.clear() };
}

const store = createQuestionnaireStore();
export const loadQuestionnaire = store.loadQuestionnaire;
export const listQuestionnaires = store.listQuestionnaires;
export const latestVersion = store.latestVersion;
