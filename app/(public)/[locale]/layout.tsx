import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { RootShell, shellMetadataFor } from "@/components/layout/root-shell";
import { LOCALES, isLocale, parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// The public pages, once per language: proxy.ts rewrites `/faq` to `/fr/faq` or `/en/faq`
// from the locale cookie (lib/i18n/public-paths.ts), and the pages that read no request
// data (/, /faq, /documentation, /terms, /questionnaires…) are prerendered at build time.
// The forms (contact, request-account) read the session or a token and stay per request.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return shellMetadataFor(parseLocale((await params).locale));
}

export default async function PublicLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  // Any unknown first segment (/no-such-page) lands here as a "locale": a 404.
  if (!isLocale((await params).locale)) notFound();
  const locale = await pageLocale(params);
  return (
    <RootShell locale={locale} prerendered>
      {children}
    </RootShell>
  );
}
