"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId, SelectField } from "@/components/ui/field";
import { transferAction } from "../actions";

export function TransferForm({ candidates }: { candidates: { value: string; label: string }[] }) {
  const t = useTranslations("team.transfer");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(transferAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  const labels = { userId: t("target"), confirm: t("confirm") };
  const confirmError = errors.confirm?.length ? errors.confirm.join(" ") : null;

  return (
    <form action={action} noValidate key={JSON.stringify(values)}>
      {state && !state.ok && <ErrorSummary message={state.message} fieldErrors={errors} labels={labels} />}
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      <SelectField
        name="userId"
        label={labels.userId}
        hint={t("targetHint")}
        placeholder={t("choose")}
        options={candidates}
        defaultValue={String(values.userId ?? "")}
        errors={errors.userId}
        required
      />
      <div className={`my-5 ${confirmError ? "border-l-2 border-error pl-3" : ""}`}>
        <div className="flex items-start gap-3">
          <input
            id={fieldId("confirm")}
            name="confirm"
            type="checkbox"
            value="yes"
            defaultChecked={values.confirm === "yes"}
            required
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${fieldId("confirm")}-error` : undefined}
            className="mt-1 size-5"
          />
          <label htmlFor={fieldId("confirm")}>
            {labels.confirm}
            <span className="text-error" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
        </div>
        {confirmError && (
          <p id={`${fieldId("confirm")}-error`} className="mt-2 text-sm text-error">
            {confirmError}
          </p>
        )}
      </div>
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
