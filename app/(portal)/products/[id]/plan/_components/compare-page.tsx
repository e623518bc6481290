import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { formatDateTime, formatQuarter } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ComparedLine, LineChange, ThemeComparison } from "@/lib/plans/compare";
import type { PlanComparisonView } from "@/lib/plans/compare-load";
import type { PlanHistoryEntry } from "@/lib/plans/load";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf } from "@/lib/questionnaires/schema";

type Props = {
  view: PlanComparisonView;
  title: string;
  planHref: string;
};

/** Two validated versions of a plan side by side, shared by a product's plan and the strategy plan. */
export async function ComparePage({ view, title, planHref }: Props) {
  const [t, tPlans, tEval, locale] = await Promise.all([
    getTranslations("plans.compare"),
    getTranslations("plans"),
    getTranslations("evaluations"),
    getLocale() as Promise<Locale>,
  ]);
  // Versions are numbered from the first validated one: two validated within a minute still differ.
  const number = (h: PlanHistoryEntry) => view.history.length - view.history.findIndex((x) => x.id === h.id);
  const version = (h: PlanHistoryEntry) =>
    t("version", { number: number(h), date: formatDateTime(h.validatedAt, locale), name: h.validatedByName });
  const compliance = (value: string | null | undefined, missing: number) =>
    value === undefined
      ? t("notPlanned")
      : value === "unknown"
        ? tPlans("compliance.unknown", { count: missing })
        : value === null
          ? tPlans("compliance.never")
          : value === "now"
            ? tPlans("compliance.now")
            : tPlans("compliance.from", { quarter: formatQuarter(value, locale) });
  const change = (
    key: "compliance" | "strategyCompliance" | "themeCompliance",
    values: { from: string | null | undefined; to: string | null | undefined },
  ) => {
    const [from, to] = [compliance(values.from, pair!.missing.from), compliance(values.to, pair!.missing.to)];
    return from === to ? t(`${key}Same`, { value: to }) : t(key, { from, to });
  };

  const pair = view.pair;

  return (
    <div>
      <p>
        <Link href={planHref}>{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>

      {!pair ? (
        <Notice tone="info">{t("needTwo")}</Notice>
      ) : (
        <>
          <form method="get" action={`${planHref}/compare`} className="mt-6 border border-line p-4">
            <h2 className="font-bold">{t("choose")}</h2>
            <div className="mt-2 flex flex-wrap items-end gap-4">
              {(["from", "to"] as const).map((side) => (
                <div key={side} className="max-w-full min-w-0">
                  <label htmlFor={`compare-${side}`} className="block">
                    {t(side)}
                  </label>
                  <select
                    id={`compare-${side}`}
                    name={side}
                    defaultValue={pair[side].id}
                    className="max-w-full border border-line-strong bg-surface px-2 py-1"
                  >
                    {view.history.map((h) => (
                      <option key={h.id} value={h.id}>
                        {version(h)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button type="submit" className="bg-primary px-4 py-2 text-white hover:bg-primary-hover">
                {t("submit")}
              </button>
            </div>
          </form>

          <section aria-labelledby="compare-summary" className="mt-6 border-l-4 border-primary bg-primary-lighter p-4">
            <h2 id="compare-summary" className="text-xl font-bold">
              {t("between", { from: number(pair.from), to: number(pair.to) })}
            </h2>
            <ul className="mt-1">
              <li>{version(pair.from)}</li>
              <li>{version(pair.to)}</li>
            </ul>
            <p className="mt-1" data-testid="compare-summary">
              {t("summary", { count: pair.comparison.changedCount })}
            </p>
            <p className="mt-1">{change(view.product ? "compliance" : "strategyCompliance", pair.comparison.compliance)}</p>
          </section>

          {pair.comparison.themes.map((theme) => (
            <ThemeChanges
              key={theme.theme}
              theme={theme}
              themeName={tEval(`themes.${theme.theme}` as never)}
              locale={locale}
              compliance={change("themeCompliance", theme.compliance)}
            />
          ))}
        </>
      )}
    </div>
  );
}

type ThemeProps = { theme: ThemeComparison; themeName: string; locale: Locale; compliance: string };

async function ThemeChanges({ theme, themeName, locale, compliance }: ThemeProps) {
  const t = await getTranslations("plans.compare");
  const questionnaire = loadQuestionnaire(theme.theme, theme.version);
  const titles = Object.fromEntries(requirementsOf(questionnaire).map((r) => [r.id, r.title[locale]]));
  const level = (n: number) => `${n} — ${questionnaire.scale.levels[n]?.label[locale] ?? ""}`;
  const q = (quarter: string) => formatQuarter(quarter, locale);
  const planned = (l: ComparedLine) => t("planned", { level: level(l.plannedLevel), quarter: q(l.plannedQuarter) });
  const id = `compare-${theme.theme}`;
  const kinds = [
    {
      kind: "slipped",
      items: theme.slipped,
      detail: (c: LineChange) => t("quarterChange", { from: q(c.from.plannedQuarter), to: q(c.to.plannedQuarter) }),
    },
    {
      kind: "movedForward",
      items: theme.movedForward,
      detail: (c: LineChange) => t("quarterChange", { from: q(c.from.plannedQuarter), to: q(c.to.plannedQuarter) }),
    },
    {
      kind: "levelChanged",
      items: theme.levelChanged,
      detail: (c: LineChange) => t("levelChange", { from: level(c.from.plannedLevel), to: level(c.to.plannedLevel) }),
    },
    { kind: "added", items: theme.added, detail: planned },
    { kind: "dropped", items: theme.dropped, detail: planned },
  ] as const;
  const shown = kinds.filter((k) => k.items.length > 0);

  return (
    <section aria-labelledby={id} className="mt-10" data-testid={id}>
      <h2 id={id} className="text-2xl font-bold">
        {themeName}
      </h2>
      <p className="mt-1 text-ink-soft">{compliance}</p>
      {shown.length === 0 && <p className="mt-4">{t("noChange")}</p>}
      {shown.map(({ kind, items, detail }) => (
        <div key={kind} className="mt-4" data-testid={`${id}-${kind}`}>
          <h3 className="font-bold">{t(kind, { count: items.length })}</h3>
          <ul className="mt-1 space-y-1">
            {items.map((item) => (
              <li key={item.requirementId} className="break-words">
                <span className="font-mono font-bold">{item.requirementId}</span> {titles[item.requirementId] ?? ""} —{" "}
                {(detail as (x: typeof item) => string)(item)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {theme.unchanged.length > 0 && (
        <details className="mt-4" data-testid={`${id}-unchanged`}>
          <summary className="cursor-pointer">{t("unchanged", { count: theme.unchanged.length })}</summary>
          <ul className="mt-2 space-y-1">
            {theme.unchanged.map((l) => (
              <li key={l.requirementId} className="break-words">
                <span className="font-mono font-bold">{l.requirementId}</span> {titles[l.requirementId] ?? ""} — {planned(l)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
