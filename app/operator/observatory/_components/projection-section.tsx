import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { formatQuarter } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ObservatoryTable } from "@/lib/observatory/present";
import type { ProjectionView } from "@/lib/observatory/types";
import { FiguresTable } from "./figures-table";

/**
 * Projected compliance from validated plans: one line per theme (the plan page's chart, in
 * percent), the figures in the table below; a suppressed quarter is a gap in the line.
 */
export async function ProjectionSection({
  projection,
  table,
  locale,
}: {
  projection: ProjectionView;
  table: ObservatoryTable;
  locale: Locale;
}) {
  const [t, te] = await Promise.all([getTranslations("observatory"), getTranslations("evaluations")]);
  return (
    <section aria-labelledby="projection-title" className="mt-10" data-testid="projection">
      <h2 id="projection-title" className="text-2xl font-bold">
        {table.title}
      </h2>
      <p className="mt-2 max-w-3xl text-ink-soft">{t("projectionIntro")}</p>
      <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-3">
        {projection.themes.map((th) => (
          <div key={th.theme} className="min-w-0" data-testid={`projection-chart-${th.theme}`}>
            {/* The chart's ids come from its title's start: the theme leads it, so the three differ. */}
            <LineChart
              title={t("charts.projection", { theme: te(`themes.${th.theme}`) })}
              description={t("charts.projectionDescription")}
              points={th.points.map((p) => ({
                key: p.quarter,
                label: formatQuarter(p.quarter, locale),
                value: p.figure.suppressed ? null : p.figure.value * 100,
              }))}
            />
            <p aria-hidden="true" className="text-center text-sm font-medium">
              {te(`themes.${th.theme}`)}
            </p>
          </div>
        ))}
      </div>
      <FiguresTable table={table} locale={locale} insufficient={t("insufficient")} />
    </section>
  );
}
