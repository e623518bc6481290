"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { LOCALES } from "@/lib/i18n/locales";
import { addContributorAction } from "../actions";

export function AddContributorForm() {
  const t = useTranslations("team.new");
  const tc = useTranslations("common");
  const locale = useLocale();
  const [state, action, pending] = useActionState(addContributorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  const value = (name: string, fallback = "") => String(values[name] ?? fallback);
  const labels = { firstName: t("firstName"), lastName: t("lastName"), email: t("email"), jobTitle: t("jobTitle"), locale: t("locale") };

  return (
    // key: a failed submit remounts the fields with what was typed (React resets forms after an action).
    <form action={action} noValidate key={JSON.stringify(values)}>
      {state && !state.ok && <ErrorSummary message={state.message} fieldErrors={errors} labels={labels} />}
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      <TextField
        name="firstName"
        label={labels.firstName}
        autoComplete="off"
        defaultValue={value("firstName")}
        errors={errors.firstName}
        required
      />
      <TextField
        name="lastName"
        label={labels.lastName}
        autoComplete="off"
        defaultValue={value("lastName")}
        errors={errors.lastName}
        required
      />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={t("emailHint")}
        autoComplete="off"
        defaultValue={value("email")}
        errors={errors.email}
        required
      />
      <TextField name="jobTitle" label={labels.jobTitle} autoComplete="off" defaultValue={value("jobTitle")} errors={errors.jobTitle} />
      <SelectField
        name="locale"
        label={labels.locale}
        hint={t("localeHint")}
        options={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
        defaultValue={value("locale", locale)}
        errors={errors.locale}
        required
      />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
