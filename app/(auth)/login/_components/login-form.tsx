"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { signInAction } from "../actions";

/** `username` pre-fills the field, e.g. with the username just chosen at activation. */
export function LoginForm({ from, username }: { from?: string; username?: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState(signInAction, null);
  const [showPassword, setShowPassword] = useState(false);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const labels = { username: t("username"), password: t("password") };
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(failed.values) + failed.message : "initial"}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={labels} />}
      <input type="hidden" name="from" value={from ?? ""} />
      <TextField
        name="username"
        label={labels.username}
        hint={t("usernameHint")}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={String(failed?.values.username ?? username ?? "")}
        errors={errors.username}
        required
      />
      <TextField
        name="password"
        type={showPassword ? "text" : "password"}
        label={labels.password}
        autoComplete="current-password"
        errors={errors.password}
        required
      />
      <div className="-mt-3 mb-5 flex items-center gap-2">
        <input
          id="show-password"
          type="checkbox"
          checked={showPassword}
          onChange={(e) => setShowPassword(e.target.checked)}
          className="size-4"
        />
        <label htmlFor="show-password">{t("showPassword")}</label>
      </div>
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
