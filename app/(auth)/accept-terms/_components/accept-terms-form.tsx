"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field";
import { acceptTermsAction } from "../actions";

export function AcceptTermsForm({ version, from }: { version: string; from?: string }) {
  const t = useTranslations("account.acceptTerms");
  const [state, action, pending] = useActionState(acceptTermsAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors.acceptTerms;
  return (
    <form action={action} noValidate key={failed?.message ?? "initial"}>
      {failed && (
        <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={{ acceptTerms: t("accept", { version }) }} />
      )}
      <input type="hidden" name="from" value={from ?? ""} />
      <div className={`my-5 ${errors?.length ? "border-l-2 border-error pl-3" : ""}`}>
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            id={fieldId("acceptTerms")}
            name="acceptTerms"
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? `${fieldId("acceptTerms")}-error` : undefined}
            className="mt-1 size-4"
          />
          <label htmlFor={fieldId("acceptTerms")}>{t("accept", { version })}</label>
        </div>
        {errors?.length ? (
          <p id={`${fieldId("acceptTerms")}-error`} className="mt-2 text-sm text-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
