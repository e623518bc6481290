import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Built for the languages of the layout only: any other first segment is a 404 at once.
export const dynamicParams = false;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "docs" }))("title") };
}

const SECTIONS = ["account", "form", "roles", "products", "evaluation", "plan", "signin"] as const;

export default async function DocumentationPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("docs");
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <nav aria-label={t("tocLabel")} className="self-start md:sticky md:top-4">
        <h2 className="font-bold">{t("tocLabel")}</h2>
        <ol className="mt-2 space-y-1 text-sm">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`sections.${s}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t("intro")}</p>
        {SECTIONS.map((s) => (
          <section key={s} id={s} aria-labelledby={`${s}-title`} className="mt-8 scroll-mt-4">
            <h2 id={`${s}-title`} className="text-2xl font-bold">
              {t(`sections.${s}.title`)}
            </h2>
            <p className="mt-3">{t(`sections.${s}.body`)}</p>
            {s === "account" && (
              <p className="mt-3">
                <Link href="/request-account">{t("sections.account.link")}</Link>
              </p>
            )}
            {s === "form" && (
              <p className="mt-3">
                <a href="/api/authorisation-form" download data-testid="blank-form">
                  {t("sections.form.download")}
                </a>
              </p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
