import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterInput } from "@/components/data-table/filter-input";
import { FilterSelect } from "@/components/data-table/table-filters";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { formatNumber, formatScore } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { canReadObservatory } from "@/lib/observatory/access";
import { getObservatory, parseObservatoryFilters } from "@/lib/observatory/data";
import { observatoryTables } from "@/lib/observatory/present";
import { FILTER_KEYS } from "@/lib/observatory/types";
import { BarChart } from "./_components/bar-chart";
import { ProjectionSection } from "./_components/projection-section";
import { FiguresTable } from "./_components/figures-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observatory"))("title") };
}

/** National figures for the agency's operators; small groups are never shown. */
export default async function ObservatoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/operator/observatory");
  if (!user.agencyRole) notFound();
  if (!canReadObservatory(user)) forbidden();
  const filters = parseObservatoryFilters(await searchParams);
  const locale = parseLocale(await getLocale());
  const [t, tp, data] = await Promise.all([getTranslations("observatory"), getTranslations("products"), getObservatory(user, filters)]);
  const translate = translatorFor(locale);
  const tables = observatoryTables(data.view, data.structure, locale, translate);
  const byId = Object.fromEntries(tables.map((table) => [table.id, table]));
  const insufficient = t("insufficient");
  const query = new URLSearchParams(FILTER_KEYS.filter((k) => filters[k]).map((k) => [k, filters[k]])).toString();
  const suffix = query ? `?${query}` : "";
  const option = (v: string) => ({ value: v, label: v });
  const themeName = (id: string) => translate(`evaluations.themes.${id}` as never);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-ink-soft">{t("intro")}</p>

      <form method="get" action="/operator/observatory" aria-label={t("filters.title")} className="mt-6 flex flex-wrap items-end gap-4">
        <FilterSelect
          name="kind"
          label={t("filters.kind")}
          value={filters.kind}
          allLabel={t("filters.allKinds")}
          options={(["base", "option"] as const).map((k) => ({ value: k, label: tp(`kinds.${k}`) }))}
        />
        <FilterSelect
          name="device"
          label={t("filters.device")}
          value={filters.device}
          allLabel={t("filters.allDevices")}
          options={data.choices.devices.map(option)}
        />
        <FilterSelect
          name="os"
          label={t("filters.os")}
          value={filters.os}
          allLabel={t("filters.allOs")}
          options={data.choices.os.map(option)}
        />
        <FilterSelect
          name="listed"
          label={t("filters.listed")}
          value={filters.listed}
          allLabel={t("filters.allListed")}
          options={[
            { value: "yes", label: t("filters.listedYes") },
            { value: "no", label: t("filters.listedNo") },
          ]}
        />
        <FilterSelect
          name="version"
          label={t("filters.version")}
          value={filters.version}
          allLabel={t("filters.allVersions")}
          options={data.choices.versions.map(option)}
        />
        <FilterInput name="from" type="date" label={t("filters.from")} value={filters.from} />
        <FilterInput name="to" type="date" label={t("filters.to")} value={filters.to} />
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/operator/observatory" className={buttonClass("tertiary")}>
          {t("filters.reset")}
        </Link>
      </form>

      <p className="mt-6 flex flex-wrap gap-3">
        <a href={`/operator/observatory/export.csv${suffix}`} className={buttonClass("secondary")} download>
          {t("exportCsv")}
        </a>
        <a href={`/operator/observatory/export.xlsx${suffix}`} className={buttonClass("secondary")} download>
          {t("exportXlsx")}
        </a>
      </p>

      <section aria-labelledby="table-themes-caption" className="mt-8">
        <BarChart
          id="averages"
          title={t("charts.averages")}
          items={data.view.themes.map((th) => ({ label: themeName(th.theme), value: th.average.suppressed ? null : th.average.value }))}
          max={100}
          format={(v) => formatScore(v, locale)}
          insufficient={insufficient}
        />
        <FiguresTable table={byId.themes} locale={locale} insufficient={insufficient} />
      </section>

      <section className="mt-10">
        <h2 className="text-2xl font-bold">{byId.levels.title}</h2>
        {data.view.themes.map((th) => {
          const levels = data.structure[th.theme].questionnaire.levels;
          const values = th.levels.map((l) => (l.figure.suppressed ? 0 : l.figure.value));
          return (
            <BarChart
              key={th.theme}
              id={`levels-${th.theme}`}
              title={t("charts.levels", { theme: ` — ${themeName(th.theme)}` })}
              items={th.levels.map((l) => ({
                label: levels.find((x) => x.id === l.id)?.label[locale] ?? l.id,
                value: l.figure.suppressed ? null : l.figure.value,
              }))}
              max={Math.max(0, ...values)}
              format={(v) => formatNumber(v, locale)}
              insufficient={insufficient}
            />
          );
        })}
        <FiguresTable table={{ ...byId.levels, title: byId.levels.title }} locale={locale} insufficient={insufficient} />
      </section>

      <section className="mt-10">
        <FiguresTable table={byId.sections} locale={locale} insufficient={insufficient} />
      </section>

      <section className="mt-10">
        <p className="text-sm text-ink-soft">{t("requirementsHint")}</p>
        <FiguresTable table={byId.requirements} locale={locale} insufficient={insufficient} />
      </section>

      <section className="mt-10">
        {data.view.quarters.length > 0 ? (
          <BarChart
            id="quarters"
            title={t("charts.quarters")}
            items={byId.quarters.rows.map((r) => ({ label: String(r[0]), value: r[1] === null ? null : Number(r[1]) }))}
            max={Math.max(0, ...byId.quarters.rows.map((r) => (r[1] === null ? 0 : Number(r[1]))))}
            format={(v) => formatNumber(v, locale)}
            insufficient={insufficient}
          />
        ) : (
          <p>{t("empty")}</p>
        )}
        <FiguresTable table={byId.quarters} locale={locale} insufficient={insufficient} />
      </section>

      <ProjectionSection projection={data.view.projection} table={byId.projection} locale={locale} />
    </div>
  );
}
