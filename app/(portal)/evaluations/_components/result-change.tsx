import { getLocale, getTranslations } from "next-intl/server";
import { itemIndex } from "@/lib/evaluations/model";
import type { ResultsView } from "@/lib/evaluations/results";
import type { Locale } from "@/lib/i18n/locales";
import { answerText } from "./answer-text";
import { formatDateTime, formatDelta, formatScore } from "@/lib/format";

const TH = "py-2 pr-4 text-left";
const TD = "py-2 pr-4";

/** What changed since the previous validation of the same subject: result, then answers. */
export async function ResultChange({ view }: { view: ResultsView }) {
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  const { previous, result } = view;
  const q = view.evaluation.questionnaire;
  const index = itemIndex(q);
  const num = (n: number | null) => (n === null ? t("results.noScore") : formatScore(n, locale));
  const words = { yes: t("answering.yes"), no: t("answering.no"), none: t("results.noAnswer"), noneSelected: t("results.noneSelected") };
  const itemLabel = (itemId: string) => {
    const item = index.get(itemId)?.item;
    return item ? (item.kind === "qualifier" ? item.question[locale] : `${itemId} — ${item.title[locale]}`) : itemId;
  };
  const compliance = (compliant: boolean) => t(compliant ? "results.compliant" : "results.notCompliant");
  const maturity = (m: ResultsView["result"]["maturity"]) => (m ? m.label[locale] : t("results.noMaturity"));
  const delta = previous && previous.score !== null && result.score !== null ? result.score - previous.score : null;

  return (
    <section aria-labelledby="change-title" className="mt-8">
      <h2 id="change-title" className="text-2xl font-bold">
        {t("results.change")}
      </h2>
      {!previous ? (
        <p className="mt-2">{t("results.noPrevious")}</p>
      ) : (
        <>
          <p className="mt-2">
            {t("results.since", {
              date: formatDateTime(previous.validatedAt, locale),
              name: previous.validatedBy,
              version: previous.version,
            })}
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testid="change-summary">
            <dt className="font-medium">{t("results.score")}</dt>
            <dd>
              {t("results.fromTo", { from: num(previous.score), to: num(result.score) })}
              {delta !== null && ` (${t("results.delta", { delta: formatDelta(delta, locale) })})`}
            </dd>
            <dt className="font-medium">{t("results.maturity")}</dt>
            <dd>{t("results.fromTo", { from: maturity(previous.result.maturity), to: maturity(result.maturity) })}</dd>
            <dt className="font-medium">{t("results.compliance")}</dt>
            <dd>{t("results.fromTo", { from: compliance(previous.compliant), to: compliance(result.compliant) })}</dd>
          </dl>
          {view.changes.length === 0 ? (
            <p className="mt-4">{t("results.noChangedAnswer")}</p>
          ) : (
            <table className="mt-4 w-full border-collapse">
              <caption className="text-left text-ink-soft">{t("results.changesCaption", { count: view.changes.length })}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={TH}>
                    {t("results.item")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("results.before")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("results.after")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.changes.map((c) => {
                  const item = index.get(c.itemId)?.item;
                  return (
                    <tr key={c.itemId} className="border-b border-line">
                      <th scope="row" className={`${TD} text-left font-normal`}>
                        {itemLabel(c.itemId)}
                      </th>
                      <td className={TD}>{answerText(item, c.before, q.scale, locale, words)}</td>
                      <td className={TD}>{answerText(item, c.after, q.scale, locale, words)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
