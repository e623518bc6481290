import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { CURRENT_TERMS_PUBLISHED_ON, CURRENT_TERMS_VERSION } from "@/lib/terms/version";

// Built for the languages of the layout only: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "terms" }))("title") };
}

const SECTIONS = ["purpose", "accounts", "commitments", "data", "use", "changes"] as const;

export default async function TermsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations("terms");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft" data-testid="terms-version">
        {t("version", {
          version: CURRENT_TERMS_VERSION,
          date: formatDate(CURRENT_TERMS_PUBLISHED_ON, locale),
        })}
      </p>
      <nav aria-label={t("tocLabel")} className="mt-6">
        <ol className="space-y-1">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`sections.${s}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s} id={s} aria-labelledby={`${s}-title`} className="mt-8 scroll-mt-4">
          <h2 id={`${s}-title`} className="text-2xl font-bold">
            {t(`sections.${s}.title`)}
          </h2>
          <p className="mt-3">{t(`sections.${s}.body`)}</p>
        </section>
      ))}
    </div>
  );
}
