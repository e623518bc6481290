import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { getHistory } from "@/lib/evaluations/history";
import type { Locale } from "@/lib/i18n/locales";
import { EvaluationHeader } from "../../_components/evaluation-header";
import { ExportLinks } from "../../_components/export-links";
import { guarded } from "@/lib/pages/guarded";
import { formatDateTime, formatScore } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("history.title") };
}

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4 align-top";

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/evaluations/${id}/history`);
  const history = await guarded(getHistory(getDb(), user, id));
  if (!history) return <Forbidden />;
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  const { evaluation, entries } = history;

  return (
    <div>
      <EvaluationHeader evaluation={evaluation} current="history" />
      <h2 className="mt-6 text-2xl font-bold">{t("history.heading")}</h2>
      <p className="mt-2 text-ink-soft">{t("history.intro")}</p>
      {entries.length === 0 ? (
        <p className="mt-4">{t("history.empty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse" data-testid="history">
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
              <th scope="col" className={TH}>
                {t("results.maturity")}
              </th>
              <th scope="col" className={TH}>
                {t("results.compliance")}
              </th>
              <th scope="col" className={TH}>
                {t("history.exports")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((s) => (
              <tr key={s.id} className="border-b border-line">
                <th scope="row" className={`${TD} text-left font-normal`}>
                  {formatDateTime(s.validatedAt, locale)}
                </th>
                <td className={TD}>{s.validatedBy}</td>
                <td className={TD}>
                  {s.evaluationId === evaluation.id ? s.version : <Link href={`/evaluations/${s.evaluationId}/results`}>{s.version}</Link>}
                </td>
                <td className={TD}>{s.score === null ? t("results.noScore") : formatScore(s.score, locale)}</td>
                <td className={TD}>{s.maturity ? s.maturity[locale] : t("results.noMaturity")}</td>
                <td className={TD}>{t(s.compliant ? "results.compliant" : "results.notCompliant")}</td>
                <td className={TD}>
                  <ExportLinks evaluationId={evaluation.id} snapshotId={s.id} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
