import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { ActionError } from "@/lib/actions/errors";
import { requireUser } from "@/lib/auth/current-user";
import { previewUpgrade } from "@/lib/evaluations/upgrade";
import type { Locale } from "@/lib/i18n/locales";
import type { Item, Questionnaire } from "@/lib/questionnaires/schema";
import { upgradeEvaluationAction } from "../../actions";
import { ActionButton } from "../../_components/action-button";
import { EvaluationHeader } from "../../_components/evaluation-header";
import { guarded } from "@/lib/pages/guarded";
import { getEvaluation } from "@/lib/evaluations/load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("upgrade.title") };
}

function label(q: Questionnaire, id: string, locale: Locale): string {
  const item = q.sections.flatMap((s) => s.items).find((i): i is Item => i.id === id);
  if (!item) return id;
  return item.kind === "qualifier" ? item.question[locale] : `${id} — ${item.title[locale]}`;
}

export default async function UpgradePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/evaluations/${id}/upgrade`);
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  let preview;
  try {
    preview = await guarded(previewUpgrade(getDb(), user, id));
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    // Nothing to move to (already on the newest version, or replaced): say so on the evaluation's own header.
    const evaluation = await guarded(getEvaluation(getDb(), user, id, false));
    if (!evaluation) return <Forbidden />;
    return (
      <div>
        <EvaluationHeader evaluation={evaluation} current="answer" />
        <Notice tone="info">{t("upgrade.none")}</Notice>
      </div>
    );
  }
  if (!preview) return <Forbidden />;
  const { evaluation, from, to, plan } = preview;
  const groups = [
    { key: "carried", ids: plan.carried, q: to },
    { key: "reworded", ids: plan.reworded.filter((r) => plan.carried.includes(r)), q: to },
    { key: "added", ids: plan.added, q: to },
    { key: "dropped", ids: plan.dropped.map((d) => d.id), q: from },
  ] as const;

  return (
    <div>
      <EvaluationHeader evaluation={evaluation} current="answer" />
      <h2 className="mt-6 text-2xl font-bold">{t("upgrade.heading", { from: plan.from, to: plan.to })}</h2>
      <p className="mt-2">{t("upgrade.intro", { to: plan.to })}</p>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`upgrade-${g.key}`} className="mt-6" data-testid={`upgrade-${g.key}`}>
          <h3 id={`upgrade-${g.key}`} className="text-xl font-bold">
            {t(`upgrade.${g.key}`, { count: g.ids.length })}
          </h3>
          {g.ids.length > 0 && (
            <ul className="mt-2 ml-6 list-disc space-y-1">
              {g.ids.map((itemId) => (
                <li key={itemId}>
                  {label(g.q, itemId, locale)}
                  {g.key === "dropped" && ` — ${t(`upgrade.reasons.${plan.dropped.find((d) => d.id === itemId)!.reason}`)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <div className="mt-8 flex flex-wrap items-center gap-6">
        <ActionButton
          action={upgradeEvaluationAction}
          fields={{ evaluationId: evaluation.id }}
          label={t("upgrade.submit", { to: plan.to })}
          pendingLabel={t("upgrade.pending")}
        />
        <Link href={`/evaluations/${evaluation.id}`}>{t("upgrade.cancel")}</Link>
      </div>
    </div>
  );
}
