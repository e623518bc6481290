import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { CURRENT_TERMS_PUBLISHED_ON, CURRENT_TERMS_VERSION } from "@/lib/terms/version";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("terms"))("title") };
}

const SECTIONS = ["purpose", "accounts", "commitments", "data", "use", "changes"] as const;

export default async function TermsPage() {
  const [t, locale] = await Promise.all([getTranslations("terms"), getLocale().then(parseLocale)]);
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
