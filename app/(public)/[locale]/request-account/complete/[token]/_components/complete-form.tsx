"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RequestFields, useRequestLabels } from "../../../_components/request-fields";
import { completeRequestAction } from "../actions";

/** The request as it stands, to correct; the link's secret travels in a hidden field. */
export function CompleteForm({
  token,
  initial,
  documentName,
}: {
  token: string;
  initial: Record<string, string>;
  documentName: string | null;
}) {
  const t = useTranslations("accountRequest");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(completeRequestAction, null);
  const requestLabels = useRequestLabels();
  if (state?.ok) return <Notice tone="success">{state.message}</Notice>;
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed ? failed.values : initial;
  const labels = { ...requestLabels, response: t("complete.response") };
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(values) + failed.message : "initial"}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={labels} />}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="hasDocument" value={documentName ? "yes" : "no"} />
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      <RequestFields values={values} errors={errors} failed={Boolean(failed)} documentName={documentName} />
      <TextAreaField
        name="response"
        label={labels.response}
        hint={t("complete.responseHint")}
        defaultValue={String(values.response ?? "")}
        errors={errors.response}
        maxLength={2000}
      />
      <Button disabled={pending}>{t("complete.submit")}</Button>
    </form>
  );
}
