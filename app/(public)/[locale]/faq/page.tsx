import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Built for the languages of the layout only: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "faq" }))("title") };
}

const TOPICS = {
  gettingStarted: ["register", "profiles"],
  products: ["splitting", "naming", "catalogue", "baseVsOption", "duplicate"],
  account: ["username", "uniqueness", "lockout"],
} as const;

export default async function FaqPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("faq");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-soft">{t("intro")}</p>
      {Object.entries(TOPICS).map(([topic, items]) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-10">
          <h2 id={`topic-${topic}`} className="text-2xl font-bold">
            {t(`topics.${topic}` as never)}
          </h2>
          {items.map((item) => (
            // Native disclosure widgets: keyboard and screen-reader support for free.
            <details key={item} className="group border-b border-line py-3">
              <summary className="cursor-pointer py-1 font-medium text-primary">{t(`items.${item}.q` as never)}</summary>
              <p className="mt-2">{t(`items.${item}.a` as never)}</p>
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
