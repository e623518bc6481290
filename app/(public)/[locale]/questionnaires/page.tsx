import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { publishedCatalogue } from "@/lib/questionnaires/catalogue";

// Built for the languages of the layout only: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "questionnaires" }))("title") };
}

export default async function QuestionnairesPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations("questionnaires");
  const catalogue = publishedCatalogue();
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-soft">{t("intro")}</p>
      {catalogue.map(({ theme, versions }) => (
        <section key={theme} aria-labelledby={`theme-${theme}`} className="mt-10">
          <h2 id={`theme-${theme}`} className="text-2xl font-bold">
            {t(`themes.${theme}`)}
          </h2>
          <ul className="mt-4 space-y-3">
            {versions.map((v, index) => (
              <li key={v.version} className="border border-line p-4">
                <Link href={`/questionnaires/${theme}/${v.version}`} className="text-lg font-medium">
                  {t("versionLink", { title: v.title[locale], version: v.version })}
                </Link>
                {index === 0 && <span className="ml-2 bg-primary-light px-2 py-1 text-sm text-primary">{t("latest")}</span>}
                <p className="mt-1 text-sm text-ink-soft">
                  {t("versionMeta", { date: formatDate(v.publishedAt, locale), count: v.requirementCount })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
