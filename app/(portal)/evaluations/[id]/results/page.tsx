import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { itemIndex } from "@/lib/evaluations/model";
import { getResults } from "@/lib/evaluations/results";
import { MIN_CONTRIBUTING_COMPANIES } from "@/lib/evaluations/snapshots";
import type { Locale } from "@/lib/i18n/locales";
import { EvaluationHeader } from "../../_components/evaluation-header";
import { ExportLinks } from "../../_components/export-links";
import { guarded } from "@/lib/pages/guarded";
import { ResultChange } from "../../_components/result-change";
import { ResultRadar } from "../../_components/result-radar";
import { formatDate, formatDateTime, formatScore, todayInParis } from "@/lib/format";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("results.title") };
}

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4";

export default async function ResultsPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requireUser(`/evaluations/${id}/results`);
  const view = await guarded(getResults(getDb(), user, id));
  if (!view) return <Forbidden />;
  const [t, locale, query] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>, searchParams]);
  const { evaluation: e, result } = view;
  const q = e.questionnaire;
  const index = itemIndex(q);
  const num = (n: number | null) => (n === null ? t("results.noScore") : formatScore(n, locale));
  const date = (d: Date) => formatDateTime(d, locale);
  const day = (iso: string) => formatDate(iso, locale);
  // A gap whose deadline has passed is overdue (judged in Paris).
  const today = todayInParis();
  const levelLabel = (level: number) => q.scale.levels.find((l) => l.value === level)?.label[locale] ?? String(level);
  const itemLabel = (itemId: string) => {
    const item = index.get(itemId)?.item;
    return item ? (item.kind === "qualifier" ? item.question[locale] : `${itemId} — ${item.title[locale]}`) : itemId;
  };

  return (
    <div>
      <EvaluationHeader evaluation={e} current="results" />
      {query.done === "validated" && <Notice tone="success">{t("done.validated")}</Notice>}
      <p className="mt-6 text-ink-soft">
        {view.snapshot
          ? t("results.frozen", { date: date(view.snapshot.validatedAt), name: view.snapshot.validatedBy })
          : t("results.provisional")}
      </p>

      <section aria-labelledby="summary-title" className="mt-6">
        <h2 id="summary-title" className="text-2xl font-bold">
          {t("results.summary")}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testid="result-summary">
          <dt className="font-medium">{t("results.score")}</dt>
          <dd>{result.score === null ? t("results.noScore") : t("results.scoreValue", { score: num(result.score) })}</dd>
          <dt className="font-medium">{t("results.maturity")}</dt>
          <dd>{result.maturity ? result.maturity.label[locale] : t("results.noMaturity")}</dd>
          <dt className="font-medium">{t("results.compliance")}</dt>
          <dd>{t(result.compliant ? "results.compliant" : "results.notCompliant")}</dd>
          <dt className="font-medium">{t("results.progress")}</dt>
          <dd>{t("results.progressValue", { answered: result.progress.answered, applicable: result.progress.applicable })}</dd>
          <dt className="font-medium">{t("results.national")}</dt>
          <dd>
            {view.national
              ? t("results.nationalValue", { score: num(view.national.average), companies: view.national.companies })
              : t("results.notEnoughData", { min: MIN_CONTRIBUTING_COMPANIES })}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="sections-title" className="mt-8">
        <h2 id="sections-title" className="text-2xl font-bold">
          {t("results.sections")}
        </h2>
        <table className="mt-4 w-full max-w-3xl border-collapse">
          <caption className="sr-only">{t("results.sectionsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={TH}>
                {t("results.section")}
              </th>
              <th scope="col" className={TH}>
                {t("results.score")}
              </th>
              <th scope="col" className={TH}>
                {t("results.progress")}
              </th>
            </tr>
          </thead>
          <tbody>
            {q.sections.map((s) => {
              const sc = result.sections.find((x) => x.id === s.id);
              return (
                <tr key={s.id} className="border-b border-line">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {s.title[locale]}
                  </th>
                  <td className={TD}>{sc && sc.requirements > 0 ? num(sc.score) : "—"}</td>
                  <td className={TD}>{sc && sc.requirements > 0 ? `${sc.progress.answered} / ${sc.progress.applicable}` : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="gaps-title" className="mt-8">
        <h2 id="gaps-title" className="text-2xl font-bold">
          {t("results.gaps")}
        </h2>
        {result.gaps.length === 0 ? (
          <p className="mt-2">{t("results.noGap")}</p>
        ) : (
          <table className="mt-4 w-full border-collapse" data-testid="gaps">
            <caption className="text-left text-ink-soft">{t("results.gapsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={TH}>
                  {t("results.requirement")}
                </th>
                <th scope="col" className={TH}>
                  {t("results.mandatory")}
                </th>
                <th scope="col" className={TH}>
                  {t("results.currentLevel")}
                </th>
                <th scope="col" className={TH}>
                  {t("results.targetLevel")}
                </th>
                <th scope="col" className={TH}>
                  {t("results.deadline")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.gaps.map((g) => (
                <tr key={g.id} className="border-b border-line">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {itemLabel(g.id)}
                  </th>
                  <td className={TD}>{t(g.mandatory ? "answering.yes" : "answering.no")}</td>
                  <td className={TD}>{g.answered ? levelLabel(g.level) : t("results.noAnswer")}</td>
                  <td className={TD}>{levelLabel(g.targetLevel)}</td>
                  <td className={TD}>
                    {day(g.by)}
                    {g.by < today && (
                      <span className="ml-2 bg-warning-light px-2 py-0.5 text-sm font-medium text-warning">{t("answering.overdue")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ResultChange view={view} />
      {view.radar && <ResultRadar radar={view.radar} />}

      <p className="mt-8">
        <Link href={e.product ? `/products/${e.product.id}/plan` : "/strategy/plan"} className="font-bold">
          {(await getTranslations("plans"))("productLink")}
        </Link>
      </p>
      <div className="mt-8">
        <ExportLinks evaluationId={e.id} />
      </div>
    </div>
  );
}
