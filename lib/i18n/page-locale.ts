import { setRequestLocale } from "next-intl/server";
import { parseLocale, type Locale } from "./locales";

export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * The language of a public page, from its URL segment (app/(public)/[locale]). Each page and
 * layout there calls this first: next-intl then reads the language from it instead of the
 * request's headers, which keeps the page prerenderable.
 */
export async function pageLocale(params: LocaleParams["params"]): Promise<Locale> {
  const locale = parseLocale((await params).locale);
  setRequestLocale(locale);
  return locale;
}
