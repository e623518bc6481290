import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { getEvaluation } from "@/lib/evaluations/load";
import { listValidators } from "@/lib/evaluations/validators";
import type { Locale } from "@/lib/i18n/locales";
import { reopenEvaluationAction, saveAnswerAction, savePositionAction, validateEvaluationAction } from "../actions";
import { ActionButton } from "../_components/action-button";
import { AnsweringForm } from "../_components/answering-form";
import { EvaluationHeader } from "../_components/evaluation-header";
import { ExportLinks } from "../_components/export-links";
import { guarded } from "@/lib/pages/guarded";
import { openingSection } from "@/lib/evaluations/sections";
import { questionnaireForSection } from "@/lib/questionnaires/section-view";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["reopened", "upgraded", "started"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("answering.title") };
}

export default async function AnsweringPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requireUser(`/evaluations/${id}`);
  const evaluation = await guarded(getEvaluation(getDb(), user, id));
  if (!evaluation) return <Forbidden />;
  // A draft-only contributor is told that validating needs the validate right, and who holds it.
  const needsValidator = evaluation.can.edit && !evaluation.can.validate;
  const [t, tRoles, locale, query, validators] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("roles"),
    getLocale() as Promise<Locale>,
    searchParams,
    needsValidator
      ? listValidators(getDb(), user, {
          companyId: evaluation.companyId,
          productId: evaluation.product?.id ?? null,
          theme: evaluation.theme,
        })
      : [],
  ]);
  const done = DONE.find((d) => d === query.done);
  const e = evaluation;
  // One section at a time (?section=<id>, or ?item=<id> for its section); see openingSection.
  const opening = openingSection(e.questionnaire, e.answers, {
    section: typeof query.section === "string" ? query.section : undefined,
    item: typeof query.item === "string" ? query.item : undefined,
    position: e.position,
  });

  return (
    <div>
      <EvaluationHeader evaluation={e} current="answer" />
      {done && <Notice tone="success">{t(`done.${done}`)}</Notice>}
      {e.product?.status === "archived" && <Notice tone="info">{t("notices.archived")}</Notice>}
      {e.supersededById && (
        <Notice tone="info" title={t("notices.supersededTitle")}>
          <Link href={`/evaluations/${e.supersededById}`}>{t("notices.supersededLink")}</Link>
        </Notice>
      )}
      {e.status === "validated" && !e.supersededById && (
        <Notice tone="success" title={t("notices.validatedTitle")}>
          <p>{e.validatedBy && e.validatedAt ? t("notices.validatedBy", { name: e.validatedBy, date: e.validatedAt }) : null}</p>
          <p className="mt-1">{t("notices.validatedReadOnly")}</p>
        </Notice>
      )}
      {e.can.reopen && (
        <div className="my-4">
          <ActionButton
            action={reopenEvaluationAction}
            fields={{ evaluationId: e.id, revision: String(e.revision) }}
            label={t("reopen.submit")}
            pendingLabel={t("reopen.pending")}
            variant="secondary"
          />
        </div>
      )}
      {e.can.upgrade && e.newerVersion && (
        <Notice tone="info" title={t("notices.newerTitle", { version: e.newerVersion })}>
          <Link href={`/evaluations/${e.id}/upgrade`}>{t("notices.newerLink", { version: e.newerVersion })}</Link>
        </Notice>
      )}
      {e.can.edit && <p className="mt-4 text-ink-soft">{t("answering.intro")}</p>}
      <ExportLinks evaluationId={e.id} />
      <AnsweringForm
        evaluationId={e.id}
        revision={e.revision}
        questionnaire={questionnaireForSection(e.questionnaire, locale, opening.sectionId)}
        sectionId={opening.sectionId}
        focus={opening.focus}
        chosen={opening.chosen}
        locale={locale}
        answers={e.answers}
        canEdit={e.can.edit}
        canValidate={e.can.validate}
        actions={{ save: saveAnswerAction, savePosition: savePositionAction, validate: validateEvaluationAction }}
      />
      {needsValidator && (
        <section aria-labelledby="validate-title" className="mt-12 border-t-2 border-primary pt-6" data-testid="validation-restricted">
          <h2 id="validate-title" className="text-2xl font-bold">
            {t("validate.notAllowedTitle")}
          </h2>
          <p className="mt-2">{t("validate.notAllowedBody", { subject: e.product ? "product" : "strategy" })}</p>
          {validators.length > 0 && (
            <>
              <p className="mt-2">{t("validate.validatorsIntro", { count: validators.length })}</p>
              <ul className="mt-1 ml-6 list-disc">
                {validators.map((v) => (
                  <li key={`${v.name}-${v.role}`}>{t("validate.validator", { name: v.name, role: tRoles(v.role) })}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
