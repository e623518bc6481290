"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewPasswordFields } from "../../../activate/[token]/_components/new-password-fields";
import { resetPasswordAction } from "../actions";

export function ResetForm({ token, username, email }: { token: string; username: string; email: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate key={failed ? failed.message + JSON.stringify(errors) : "initial"}>
      {failed && (
        <ErrorSummary
          message={failed.message}
          fieldErrors={errors}
          labels={{ password: t("password.new"), confirmPassword: t("password.confirm") }}
        />
      )}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" value={username} autoComplete="username" />
      <NewPasswordFields username={username} email={email} errors={errors} />
      <Button disabled={pending}>{t("reset.submit")}</Button>
    </form>
  );
}
