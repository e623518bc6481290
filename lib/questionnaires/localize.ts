import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "./schema";

const cache = new Map<string, Questionnaire>();

function isLocalized(value: object): value is { fr: string; en: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { fr?: unknown }).fr === "string" && typeof (value as { en?: unknown }).en === "string";
}

function strip(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, locale));
  if (value === null || typeof value !== "object") return value;
  if (isLocalized(value)) return { [locale]: value[locale] };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, locale)]));
}

/**
 * The questionnaire with its texts in one language only, for the browser: the answering page
 * shipped both (121 KB of embedded data). A published version never changes, so each
 * version and language is built once per process. Reading the other language's text of the
 * result gives undefined: only pages rendering in `locale` may use it.
 */
export function questionnaireForLocale(questionnaire: Questionnaire, locale: Locale): Questionnaire {
  const key = `${questionnaire.theme}@${questionnaire.version}:${locale}`;
  let localized = cache.get(key);
  if (!localized) {
    localized = Object.freeze(strip(questionnaire, locale)) as Questionnaire;
    cache.set(key, localized);
  }
  return localized;
}
