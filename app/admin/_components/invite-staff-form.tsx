"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { STAFF_ROLES } from "@/lib/staff/schema";
import { inviteStaffAction } from "../actions";

export function InviteStaffForm() {
  const t = useTranslations("staffAdmin.invite");
  const tc = useTranslations("common");
  const tRoles = useTranslations("roles");
  const [state, action, pending] = useActionState(inviteStaffAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  const value = (name: string) => String(values[name] ?? "");
  const labels = { firstName: t("firstName"), lastName: t("lastName"), email: t("email"), agencyRole: t("role") };
  return (
    // key: a failed submit remounts the fields with what was typed.
    <form action={action} noValidate key={JSON.stringify(values)} className="max-w-xl">
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
      <SelectField
        name="agencyRole"
        label={labels.agencyRole}
        placeholder={t("rolePlaceholder")}
        options={STAFF_ROLES.map((r) => ({ value: r, label: tRoles(r) }))}
        defaultValue={value("agencyRole")}
        errors={errors.agencyRole}
        required
      />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
