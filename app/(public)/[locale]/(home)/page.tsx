import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { LandingCounts } from "./_components/landing-counts";

// Built for the languages of the layout only: any other first segment is a 404 at once.
export const dynamicParams = false;

// Prerendered per language; the counts are fetched by the browser (LandingCounts).

const STEPS = [1, 2, 3] as const;
const THEMES = ["Interop", "Security", "Urbanisation", "Strategy"] as const;

export default async function LandingPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("landing");
  return (
    <>
      <section aria-labelledby="hero-title" className="py-6">
        <h1 id="hero-title" className="max-w-3xl text-3xl font-bold md:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-ink-soft">{t("heroBody")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/request-account" className={buttonClass("primary")}>
            {t("ctaRequest")}
          </Link>
          <Link href="/login" className={buttonClass("secondary")}>
            {t("ctaSignIn")}
          </Link>
          <Link href="/documentation" className={buttonClass("secondary")}>
            {t("ctaDocs")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="steps-title" className="py-8">
        <h2 id="steps-title" className="text-2xl font-bold">
          {t("stepsTitle")}
        </h2>
        <ol className="mt-6 grid gap-6 md:grid-cols-3">
          {STEPS.map((n) => (
            <li key={n} className="border border-line bg-surface p-6">
              <p className="text-sm font-medium text-primary">{t("stepLabel", { number: n })}</p>
              <h3 className="mt-1 text-xl font-bold">{t(`step${n}Title`)}</h3>
              <p className="mt-2 text-ink-soft">{t(`step${n}Body`)}</p>
              {n === 3 && (
                <p className="mt-2">
                  <Link href="/products">{t("step3Link")}</Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="counts-title" className="bg-primary-lighter px-6 py-8">
        <h2 id="counts-title" className="text-2xl font-bold">
          {t("countsTitle")}
        </h2>
        <LandingCounts />
        <p className="mt-4 text-sm text-ink-soft">{t("countsNote")}</p>
      </section>

      <section aria-labelledby="doctrine-title" className="max-w-3xl py-8">
        <h2 id="doctrine-title" className="text-2xl font-bold">
          {t("doctrineTitle")}
        </h2>
        <p className="mt-4">{t("doctrineBody")}</p>
      </section>

      <section aria-labelledby="themes-title" className="py-8">
        <h2 id="themes-title" className="text-2xl font-bold">
          {t("themesTitle")}
        </h2>
        <ul className="mt-6 grid gap-6 md:grid-cols-2">
          {THEMES.map((theme) => (
            <li key={theme} className="border-l-4 border-primary pl-4">
              <h3 className="text-lg font-bold">{t(`theme${theme}`)}</h3>
              <p className="mt-1 text-ink-soft">{t(`theme${theme}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
