import { getLocale, getTranslations } from "next-intl/server";
import { RadarChart } from "@/components/charts/radar-chart";
import type { ResultsView } from "@/lib/evaluations/results";
import { MIN_CONTRIBUTING_COMPANIES } from "@/lib/evaluations/snapshots";
import { formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4";

/** The product's latest validated score per theme, drawn and tabulated, with national averages. */
export async function ResultRadar({ radar }: { radar: NonNullable<ResultsView["radar"]> }) {
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  const num = (n: number) => formatScore(n, locale);
  return (
    <section aria-labelledby="radar-title" className="mt-8">
      <h2 id="radar-title" className="text-2xl font-bold">
        {t("results.radar")}
      </h2>
      <p className="mt-2 text-ink-soft">{t("results.radarIntro", { min: MIN_CONTRIBUTING_COMPANIES })}</p>
      <div className="mt-4 flex flex-wrap items-start gap-8">
        <RadarChart
          title={t("results.radarTitle")}
          description={t("results.radarDescription")}
          valueLabel={t("results.productSeries")}
          referenceLabel={t("results.nationalSeries")}
          missingLabel={t("results.radarMissing")}
          axes={radar.map((r) => ({ label: t(`themes.${r.theme}`), value: r.score, reference: r.national?.average ?? null }))}
        />
        <table className="border-collapse" data-testid="radar-figures">
          <caption className="text-left font-medium">{t("results.radarTableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={TH}>
                {t("results.theme")}
              </th>
              <th scope="col" className={TH}>
                {t("results.productSeries")}
              </th>
              <th scope="col" className={TH}>
                {t("results.nationalSeries")}
              </th>
            </tr>
          </thead>
          <tbody>
            {radar.map((r) => (
              <tr key={r.theme} className="border-b border-line">
                <th scope="row" className={`${TD} text-left font-normal`}>
                  {t(`themes.${r.theme}`)}
                </th>
                <td className={TD}>{r.score === null ? t("results.notValidated") : num(r.score)}</td>
                <td className={TD}>{r.national ? num(r.national.average) : t("results.notEnoughDataShort")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
