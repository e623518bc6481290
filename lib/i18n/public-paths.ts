import { LOCALES, type Locale } from "./locales";

import pages from "./public-pages.json";

/**
 * The public pages, served from app/(public)/[locale]/…: their URLs carry no language
 * (`/faq`); next.config.mjs rewrites them to `/fr/faq` or `/en/faq` from the locale cookie
 * (same list, public-pages.json), so that each language is prerendered once at build time
 * (decision 0017), and the proxy picks the matching CSP. Client-safe.
 */
const EXACT = new Set(pages.exact);
const PREFIXES = pages.prefixes;

export function isPublicPagePath(pathname: string): boolean {
  return EXACT.has(pathname) || PREFIXES.some((p) => pathname.startsWith(p));
}

/** `/faq` → `/en/faq`; `/` → `/en`. */
export function localizedPath(pathname: string, locale: Locale): string {
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}

/**
 * A path that names its language (`/en/faq`): the language and the public path without it.
 * Null for any other path, including `/en/login` (no such page).
 */
export function splitLocalePrefix(pathname: string): { locale: Locale; path: string } | null {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}` || pathname === `/${locale}/`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) {
      const path = pathname.slice(locale.length + 1);
      if (isPublicPagePath(path)) return { locale, path };
    }
  }
  return null;
}
