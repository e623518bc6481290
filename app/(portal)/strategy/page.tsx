import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { strategyOverview } from "@/lib/evaluations/overview";
import { guarded } from "@/lib/pages/guarded";
import { ThemeStatusCell } from "../evaluations/_components/theme-status-cell";
import { formatDateTime, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("strategy.title") };
}

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4";

/** The company's space for the global-strategy questionnaire (one per company, not per product). */
export default async function StrategyPage() {
  const user = await requireUser("/strategy");
  if (!isCompanyUser(user)) return <Forbidden />;
  const overview = await guarded(strategyOverview(getDb(), user));
  if (!overview) return <Forbidden />;
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("strategy.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("strategy.intro", { company: user.companyName ?? "" })}</p>
      <section aria-labelledby="strategy-status" className="mt-6">
        <h2 id="strategy-status" className="text-2xl font-bold">
          {t("strategy.status")}
        </h2>
        <div className="mt-2">
          <ThemeStatusCell status={overview} productId={null} label={t("themes.strategy")} />
        </div>
        {overview.evaluationId && (
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href={`/evaluations/${overview.evaluationId}/results`}>{t("tabs.results")}</Link>
            <Link href={`/evaluations/${overview.evaluationId}/history`}>{t("tabs.history")}</Link>
          </p>
        )}
        <p className="mt-2">
          <Link href="/strategy/plan" className="font-bold">
            {(await getTranslations("plans"))("productLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="strategy-history" className="mt-8">
        <h2 id="strategy-history" className="text-2xl font-bold">
          {t("history.heading")}
        </h2>
        {overview.history.length === 0 ? (
          <p className="mt-2">{t("history.empty")}</p>
        ) : (
          <table className="mt-4 w-full max-w-3xl border-collapse">
            <caption className="sr-only">{t("history.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={TH}>
                  {t("history.date")}
                </th>
                <th scope="col" className={TH}>
                  {t("history.author")}
                </th>
                <th scope="col" className={TH}>
                  {t("history.version")}
                </th>
                <th scope="col" className={TH}>
                  {t("results.score")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.history.map((s) => (
                <tr key={s.id} className="border-b border-line">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    <Link href={`/evaluations/${s.evaluationId}/history`}>{formatDateTime(s.validatedAt, locale)}</Link>
                  </th>
                  <td className={TD}>{s.validatedBy}</td>
                  <td className={TD}>{s.version}</td>
                  <td className={TD}>{s.score === null ? t("results.noScore") : formatScore(s.score, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
