"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { forgotPasswordAction } from "../actions";

export function ForgotForm() {
  const t = useTranslations("account.forgot");
  const [state, action, pending] = useActionState(forgotPasswordAction, null);
  if (state?.ok) {
    return (
      <Notice tone="success">
        <p>{state.message}</p>
        <p className="mt-2">{t("invitedNote")}</p>
      </Notice>
    );
  }
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(failed.values) : "initial"}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={{ identifier: t("identifier") }} />}
      <TextField
        name="identifier"
        label={t("identifier")}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={String(failed?.values.identifier ?? "")}
        errors={errors.identifier}
        required
      />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
