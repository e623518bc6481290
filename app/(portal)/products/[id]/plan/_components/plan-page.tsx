import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDateTime, formatQuarter, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PlanView } from "@/lib/plans/load";
import type { ThemePlan } from "@/lib/plans/model";
import { addQuarters, compareQuarters, quarterOfDay, quarterRange } from "@/lib/plans/quarters";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf } from "@/lib/questionnaires/schema";
import { PlanLines, type LineLabels } from "./plan-lines";
import { ValidatePlanForm } from "./validate-plan-form";

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4";
const HORIZON = 20; // quarters offered ahead of today: five years

/** The plan page, shared by a product's plan and the company's strategy plan. */
export async function PlanPage({
  plan,
  title,
  back,
  done,
}: {
  plan: PlanView;
  title: string;
  back: { href: string; label: string };
  done?: string;
}) {
  const [t, tEval, locale] = await Promise.all([getTranslations("plans"), getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  const subject = plan.subject.productId ?? "strategy";
  const base = plan.subject.productId ? `/products/${plan.subject.productId}/plan` : "/strategy/plan";
  const q = (quarter: string) => formatQuarter(quarter, locale);
  const compliance = (value: string | null | undefined) =>
    value === undefined || value === "unknown"
      ? t("compliance.unknown", { count: plan.missing.length })
      : value === null
        ? t("compliance.never")
        : value === "now"
          ? t("compliance.now")
          : t("compliance.from", { quarter: q(value) });
  const last = plan.history[0];
  const status = !last
    ? t("status.draft")
    : last.planRevision === plan.revision
      ? t("status.validated", { date: formatDateTime(last.validatedAt, locale), name: last.validatedByName })
      : t("status.changed", { date: formatDateTime(last.validatedAt, locale) });
  const first = quarterOfDay(plan.today);
  const quarters = quarterRange(first, addQuarters(first, HORIZON)).map((value) => ({ value, label: q(value) }));
  const owners = plan.owners.map((o) => ({ value: o.id, label: o.name }));
  const themeName = (theme: string) => tEval(`themes.${theme}` as never);
  const labels = Object.fromEntries(
    await Promise.all(plan.themes.map(async (th) => [th.theme, await lineLabels(th, locale, themeName(th.theme))] as const)),
  );

  return (
    <div>
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>
      <p className="mt-2 text-ink-soft" data-testid="plan-status">
        {status}
      </p>
      {done === "validated" && <Notice tone="success">{t("validate.done")}</Notice>}
      <p className="mt-4 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="compliance-title" className="mt-6 border-l-4 border-primary bg-primary-lighter p-4">
        <h2 id="compliance-title" className="text-xl font-bold">
          {t("compliance.heading")}
        </h2>
        <p className="mt-1 text-lg font-bold" data-testid="plan-compliance">
          {t("compliance.product", { value: compliance(plan.compliantFrom) })}
        </p>
        <ul className="mt-2 space-y-1">
          {plan.themes.map((theme) => (
            <li key={theme.theme} data-testid={`compliance-${theme.theme}`}>
              {t("compliance.theme", { theme: themeName(theme.theme), value: compliance(theme.compliantFrom) })}
              {theme.neverBecause.length > 0 && (
                <> — {t("compliance.neverBecause", { count: theme.neverBecause.length, ids: theme.neverBecause.join(", ") })}</>
              )}
            </li>
          ))}
        </ul>
      </section>

      {plan.warnings.length > 0 && (
        <section aria-labelledby="warnings-title" className="mt-6 border-l-4 border-warning bg-warning-light p-4">
          <h2 id="warnings-title" className="text-xl font-bold">
            {t("warnings.heading")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="plan-warnings">
            {plan.warnings.map((w) => (
              <li key={`${w.kind}-${w.requirementId}`}>{t(`warnings.${w.kind}`, { id: w.requirementId })}</li>
            ))}
          </ul>
        </section>
      )}

      {plan.missing.length > 0 && (
        <section aria-labelledby="missing-title" className="mt-6">
          <h2 id="missing-title" className="text-xl font-bold">
            {t("missing.heading")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {plan.missing.map((theme) => (
              <li key={theme}>
                {themeName(theme)} —{" "}
                <Link href={`/evaluations/start?theme=${theme}${plan.subject.productId ? `&product=${plan.subject.productId}` : ""}`}>
                  {t("missing.start")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {plan.themes.length > 0 && <Timeline plan={plan} locale={locale} themeName={themeName} />}

      {plan.themes.map((theme) => (
        <ThemeSection
          key={theme.theme}
          theme={theme}
          plan={plan}
          subject={subject}
          locale={locale}
          themeName={themeName(theme.theme)}
          quarters={quarters}
          owners={owners}
          labels={labels[theme.theme]!}
        />
      ))}

      <section aria-labelledby="validate-title" className="mt-10">
        <h2 id="validate-title" className="text-2xl font-bold">
          {t("validate.heading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("validate.explain")}</p>
        {plan.can.validate ? (
          plan.themes.length > 0 && <ValidatePlanForm subject={subject} revision={plan.revision} label={t("validate.button")} />
        ) : plan.can.edit ? (
          <Notice tone="info">{t(plan.subject.productId ? "validate.cannot" : "validate.cannotStrategy")}</Notice>
        ) : (
          <Notice tone="info">{t("readOnly")}</Notice>
        )}
      </section>

      {plan.themes.length > 0 && (
        <section aria-labelledby="exports-title" className="mt-10">
          <h2 id="exports-title" className="text-2xl font-bold">
            {t("export.links")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-6">
            {(["pdf", "csv", "xlsx"] as const).map((f) => (
              <li key={f}>
                <a href={`${base}/export.${f}`} download>
                  {t(`export.${f}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="history-title" className="mt-10">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("history.heading")}
        </h2>
        {plan.history.length === 0 ? (
          <p className="mt-2">{t("history.empty")}</p>
        ) : (
          <ul className="mt-2 space-y-1" data-testid="plan-history">
            {plan.history.map((h, i) => (
              <li key={h.id}>
                {formatDateTime(h.validatedAt, locale)} — {t("history.by", { name: h.validatedByName })} —{" "}
                {t("history.compliance", { value: compliance(h.compliantFrom) })}
                {plan.history[i + 1] && (
                  <>
                    {" "}
                    — {/* The list item gives the link its context (the version's date). */}
                    <Link href={`${base}/compare?from=${plan.history[i + 1].id}&to=${h.id}`}>{t("history.compare")}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {plan.history.length > 1 && (
          <p className="mt-2">
            <Link href={`${base}/compare`}>{t("history.compareAny")}</Link>
          </p>
        )}
      </section>
    </div>
  );
}

async function lineLabels(theme: ThemePlan, locale: Locale, themeName: string): Promise<LineLabels> {
  const t = await getTranslations("plans");
  const questionnaire = loadQuestionnaire(theme.theme, theme.version);
  const level = (n: number) => `${n} — ${questionnaire.scale.levels[n].label[locale]}`;
  return {
    select: t("selectLine", { id: "{id}" }),
    plannedFor: t("plannedFor", { id: "{id}" }),
    quarterFor: t("quarterFor", { id: "{id}" }),
    ownerFor: t("ownerFor", { id: "{id}" }),
    noteFor: t("noteFor", { id: "{id}" }),
    mandatory: t("mandatory"),
    optional: t("optional"),
    noOwner: t("noOwner"),
    formerOwner: t("formerOwner"),
    saving: t("save.saving"),
    saved: t("save.saved"),
    offline: t("offline"),
    conflictTitle: t("conflict.title"),
    conflictTheirs: t("conflict.theirs", { level: "{level}", quarter: "{quarter}", owner: "{owner}" }),
    keepMine: t("conflict.keepMine"),
    useTheirs: t("conflict.useTheirs"),
    states: {
      done: t("states.done"),
      late: t("states.late"),
      "below-target": t("states.below-target"),
      "after-deadline": t("states.after-deadline"),
      "on-track": t("states.on-track"),
    },
    targetBy: Object.fromEntries(
      theme.lines.map((l) => [l.requirementId, t("targetBy", { level: level(l.targetLevel), date: formatDate(l.deadline, locale) })]),
    ),
    columns: {
      select: t("columns.select"),
      requirement: t("columns.requirement"),
      current: t("columns.current"),
      target: t("columns.target"),
      commitment: t("columns.commitment"),
      planned: t("columns.planned"),
      quarter: t("columns.quarter"),
      owner: t("columns.owner"),
      note: t("columns.note"),
      state: t("columns.state"),
    },
    caption: t("linesCaption", { theme: themeName }),
    bulk: {
      legend: t("bulk.legend"),
      quarter: t("bulk.quarter"),
      owner: t("bulk.owner"),
      keep: t("bulk.keep"),
      apply: t("bulk.apply"),
      none: t("bulk.none"),
    },
  };
}

type SectionProps = {
  theme: ThemePlan;
  plan: PlanView;
  subject: string;
  locale: Locale;
  themeName: string;
  quarters: { value: string; label: string }[];
  owners: { value: string; label: string }[];
  labels: LineLabels;
};

async function ThemeSection({ theme, plan, subject, locale, themeName, quarters, owners, labels }: SectionProps) {
  const t = await getTranslations("plans");
  const questionnaire = loadQuestionnaire(theme.theme, theme.version);
  const requirements = Object.fromEntries(
    requirementsOf(questionnaire).map((r) => [r.id, { title: r.title[locale], reference: r.reference.label }]),
  );
  const levels = questionnaire.scale.levels.map((l) => ({ value: String(l.value), label: `${l.value} — ${l.label[locale]}` }));
  const id = `theme-${theme.theme}`;
  const score = (v: number | null) => (v === null ? "—" : formatScore(v, locale));
  const marker = theme.compliantFrom && theme.compliantFrom !== "now" ? { key: theme.compliantFrom, label: t("chart.threshold") } : null;

  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {t("commitments", { theme: themeName })}
      </h2>
      <p className="mt-1 text-ink-soft">{t(`source.${theme.source}`, { version: theme.version })}</p>

      <div className="mt-4 flex flex-wrap items-start gap-8">
        <div className="min-w-0 flex-1 basis-80">
          <h3 className="font-bold">{t("chart.heading")}</h3>
          <LineChart
            title={t("chart.title", { theme: themeName })}
            description={t("compliance.theme", {
              theme: themeName,
              value:
                theme.compliantFrom === null
                  ? t("compliance.never")
                  : theme.compliantFrom === "now"
                    ? t("compliance.now")
                    : t("compliance.from", { quarter: formatQuarter(theme.compliantFrom, locale) }),
            })}
            points={theme.curve.map((p) => ({ key: p.quarter, label: formatQuarter(p.quarter, locale), value: p.score }))}
            marker={marker}
          />
        </div>
        <div className="relative max-w-full min-w-0 overflow-x-auto" tabIndex={0} role="region" aria-label={t("chart.figures")}>
          <table className="border-collapse text-sm" data-testid={`curve-${theme.theme}`}>
            <caption className="text-left font-medium">{t("chart.figures")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={TH}>
                  {t("chart.quarter")}
                </th>
                <th scope="col" className={TH}>
                  {t("chart.score")}
                </th>
                <th scope="col" className={TH}>
                  {t("chart.compliant")}
                </th>
              </tr>
            </thead>
            <tbody>
              {theme.curve.map((p) => (
                <tr key={p.quarter} className="border-b border-line">
                  <th scope="row" className={`${TH} font-normal`}>
                    {formatQuarter(p.quarter, locale)}
                  </th>
                  <td className={TD}>{score(p.score)}</td>
                  <td className={TD}>{p.compliant ? t("chart.yes") : t("chart.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {theme.lines.length === 0 ? (
        <p className="mt-4">{t("noLines")}</p>
      ) : (
        <PlanLines
          subject={subject}
          theme={theme.theme}
          lines={theme.lines}
          requirements={requirements}
          levels={levels}
          quarters={quarters}
          owners={owners}
          labels={labels}
          canEdit={plan.can.edit}
          planRevision={plan.revision}
        />
      )}
      {theme.atTargetLines.length === 0 ? (
        <p className="mt-4 text-ink-soft">{t("atTargetNone")}</p>
      ) : (
        <details className="mt-4" data-testid={`at-target-${theme.theme}`}>
          <summary className="cursor-pointer">{t("atTarget", { count: theme.atTargetLines.length })}</summary>
          <div
            className="relative mt-2 max-w-full overflow-x-auto"
            tabIndex={0}
            role="region"
            aria-label={t("atTargetCaption", { theme: themeName })}
          >
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("atTargetCaption", { theme: themeName })}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={TH}>
                    {t("columns.requirement")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("columns.current")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("columns.target")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {theme.atTargetLines.map((l) => (
                  <tr key={l.requirementId} className="border-b border-line align-top">
                    <th scope="row" className={`${TH} font-normal`}>
                      <span className="font-mono font-bold">{l.requirementId}</span>{" "}
                      <span>{l.mandatory ? t("mandatory") : t("optional")}</span>
                      <span className="block">{requirements[l.requirementId]?.title}</span>
                    </th>
                    <td className={TD}>{levels[l.currentLevel]?.label}</td>
                    <td className={TD}>
                      {t("targetBy", {
                        level: levels[l.targetLevel]?.label ?? String(l.targetLevel),
                        date: formatDate(l.deadline, locale),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

async function Timeline({ plan, locale, themeName }: { plan: PlanView; locale: Locale; themeName: (t: string) => string }) {
  const t = await getTranslations("plans");
  const today = quarterOfDay(plan.today);
  const lines = plan.themes.flatMap((th) => th.lines);
  let first: string = today;
  let last: string = today;
  for (const l of lines) {
    for (const quarter of [l.plannedQuarter, quarterOfDay(l.deadline)]) {
      if (compareQuarters(quarter, first) < 0) first = quarter;
      if (compareQuarters(quarter, last) > 0) last = quarter;
    }
  }
  const quarters = quarterRange(first, last).map((key) => ({ key, label: formatQuarter(key, locale) }));
  const byQuarter = quarters
    .map((quarter) => ({ quarter, ids: lines.filter((l) => l.plannedQuarter === quarter.key).map((l) => l.requirementId) }))
    .filter((x) => x.ids.length > 0);

  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="text-2xl font-bold">
        {t("timeline.heading")}
      </h2>
      <div className="mt-4 flex flex-wrap items-start gap-8">
        {/* The timeline keeps its drawn size so that its labels stay legible: on a phone it
            scrolls inside this labelled region, never the page. */}
        <div
          className="relative min-w-0 flex-1 basis-72 overflow-x-auto sm:basis-96"
          tabIndex={0}
          role="region"
          aria-label={t("timeline.title")}
        >
          <TimelineChart
            title={t("timeline.title")}
            description={`${t("timeline.deadline")} | ${t("timeline.today")}`}
            todayLabel={t("timeline.today")}
            today={today}
            quarters={quarters}
            groups={plan.themes.map((th) => ({ key: th.theme, label: themeName(th.theme) }))}
            rows={plan.themes.flatMap((th) =>
              th.lines.map((l) => ({
                key: l.requirementId,
                label: l.requirementId,
                group: th.theme,
                quarter: l.plannedQuarter,
                deadlineQuarter: quarterOfDay(l.deadline),
                late: l.state === "late",
              })),
            )}
          />
          <p className="mt-1 text-sm text-ink-soft" aria-hidden="true">
            ● {t("columns.quarter")} · ▮ {t("timeline.deadline")} · ┆ {t("timeline.today")}
          </p>
        </div>
        <div className="relative max-w-full min-w-0 overflow-x-auto" tabIndex={0} role="region" aria-label={t("timeline.figures")}>
          <table className="border-collapse text-sm" data-testid="timeline-figures">
            <caption className="text-left font-medium">{t("timeline.figures")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={TH}>
                  {t("chart.quarter")}
                </th>
                <th scope="col" className={TH}>
                  {t("columns.requirement")}
                </th>
              </tr>
            </thead>
            <tbody>
              {byQuarter.map(({ quarter, ids }) => (
                <tr key={quarter.key} className="border-b border-line">
                  <th scope="row" className={`${TH} font-normal`}>
                    {quarter.label}
                  </th>
                  <td className={TD}>{ids.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
