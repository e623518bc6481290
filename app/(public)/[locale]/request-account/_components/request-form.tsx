"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitRequestAction } from "../actions";
import { RequestFields, TermsCheckbox, useRequestLabels } from "./request-fields";

export function RequestForm({ termsVersion }: { termsVersion: string }) {
  const t = useTranslations("accountRequest");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(submitRequestAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const labels = { ...useRequestLabels(), acceptTerms: t("terms.legend") };
  return (
    // key: a failed submit remounts the fields with what was typed (React resets forms after an action).
    <form action={action} noValidate key={failed ? JSON.stringify(values) + failed.message : "initial"}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={labels} />}
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      <RequestFields values={values} errors={errors} failed={Boolean(failed)} />
      <TermsCheckbox version={termsVersion} checked={values.acceptTerms === "on"} errors={errors.acceptTerms} />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
