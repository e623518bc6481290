"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/action";
import { NewPasswordFields } from "../../../(auth)/activate/[token]/_components/new-password-fields";
import { changePasswordAction, requestEmailChangeAction, updateProfileAction } from "../actions";

function Outcome({ state, labels }: { state: ActionResult<undefined> | null; labels: Record<string, string> }) {
  if (!state) return null;
  if (state.ok) return <Notice tone="success">{state.message}</Notice>;
  return <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} />;
}

export function IdentityForm({ profile }: { profile: { firstName: string; lastName: string; phone: string } }) {
  const t = useTranslations("account.profile");
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: keyof typeof profile) => String(failed?.values[name] ?? profile[name]);
  const labels = { firstName: t("firstName"), lastName: t("lastName"), phone: t("phone") };
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(failed.values) + failed.message : JSON.stringify(profile)}>
      <Outcome state={state} labels={labels} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={labels.firstName}
          autoComplete="given-name"
          defaultValue={value("firstName")}
          errors={errors.firstName}
          required
        />
        <TextField
          name="lastName"
          label={labels.lastName}
          autoComplete="family-name"
          defaultValue={value("lastName")}
          errors={errors.lastName}
          required
        />
      </div>
      <TextField
        name="phone"
        type="tel"
        label={labels.phone}
        hint={t("phoneHint")}
        autoComplete="tel"
        defaultValue={value("phone")}
        errors={errors.phone}
      />
      <Button disabled={pending}>{t("save")}</Button>
    </form>
  );
}

export function EmailForm() {
  const t = useTranslations("account.profile");
  const [state, action, pending] = useActionState(requestEmailChangeAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(failed.values) + failed.message : String(state?.ok)}>
      <Outcome state={state} labels={{ newEmail: t("newEmail"), passwordForEmail: t("currentPassword") }} />
      <TextField
        name="newEmail"
        type="email"
        label={t("newEmail")}
        hint={t("newEmailHint")}
        autoComplete="email"
        defaultValue={String(failed?.values.newEmail ?? "")}
        errors={errors.newEmail}
        required
      />
      <TextField
        name="passwordForEmail"
        type="password"
        label={t("currentPassword")}
        hint={t("currentPasswordHint")}
        autoComplete="current-password"
        errors={errors.passwordForEmail}
        required
      />
      <Button disabled={pending} variant="secondary">
        {t("sendConfirmation")}
      </Button>
    </form>
  );
}

export function PasswordForm({ username, email }: { username: string; email: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const labels = { currentPassword: t("profile.currentPassword"), password: t("password.new"), confirmPassword: t("password.confirm") };
  return (
    <form action={action} noValidate key={failed ? failed.message + JSON.stringify(errors) : String(state?.ok)}>
      <Outcome state={state} labels={labels} />
      <input type="hidden" name="username" value={username} autoComplete="username" />
      <TextField
        name="currentPassword"
        type="password"
        label={labels.currentPassword}
        autoComplete="current-password"
        errors={errors.currentPassword}
        required
      />
      <NewPasswordFields username={username} email={email} errors={errors} />
      <Button disabled={pending} variant="secondary">
        {t("profile.changePassword")}
      </Button>
    </form>
  );
}
