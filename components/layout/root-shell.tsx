import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { parseLocale, type Locale } from "@/lib/i18n/locales";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

// The header's language switch and the error page: what a prerendered page's client parts
// use (the forms below them add the rest through their own layouts). Bytes on every visit.
const PRERENDERED_BASE = ["common.errorTitle", "common.errorBody", "common.retry", "header.switchTo", "header.switchToLabel"];

/**
 * The document every page sits in: <html>, header, main, footer, base client messages.
 *
 * There is no app-wide root layout any more (app/layout.tsx only passes its children
 * through): each top-level area's layout renders this shell, so that the public pages can
 * be prerendered per language (`locale` from their URL, `prerendered`: no session read)
 * while the signed-in areas keep reading the locale cookie and the session per request.
 * Decision 0017.
 */
export async function RootShell({
  children,
  locale,
  prerendered = false,
}: {
  children: ReactNode;
  locale?: Locale;
  prerendered?: boolean;
}) {
  const lang = locale ?? parseLocale(await getLocale());
  const t = await getTranslations({ locale: lang, namespace: "common" });
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        {/* Only the base namespaces: each area's layout adds what its client components use. */}
        <ClientMessages base={prerendered ? PRERENDERED_BASE : undefined}>
          <a
            href="#content"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-surface focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader prerendered={prerendered} />
          <main id="content" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter prerendered={prerendered} />
        </ClientMessages>
      </body>
    </html>
  );
}

/** The site's title and description in a language; each page's title fills the template. */
export async function shellMetadataFor(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: "%s — Convergence" }, description: t("description") };
}

/** For the areas read per request: the language of the locale cookie. */
export async function generateMetadata(): Promise<Metadata> {
  return shellMetadataFor(parseLocale(await getLocale()));
}
