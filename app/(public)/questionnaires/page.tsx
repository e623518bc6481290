import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { publishedCatalogue } from "@/lib/questionnaires/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questionnaires"))("title") };
}

export default async function QuestionnairesPage() {
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale().then(parseLocale)]);
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
