"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field";
import { activateAction } from "../actions";
import { NewPasswordFields } from "./new-password-fields";

export function ActivateForm({
  token,
  username,
  email,
  termsVersion,
}: {
  token: string;
  username: string;
  email: string;
  termsVersion: string;
}) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(activateAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const labels = {
    password: t("password.new"),
    confirmPassword: t("password.confirm"),
    acceptTerms: t("activate.terms", { version: termsVersion }),
  };
  return (
    <form action={action} noValidate key={failed ? JSON.stringify(failed.values) + failed.message : "initial"}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={labels} />}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the login with the password. */}
      <input type="hidden" name="username" value={username} autoComplete="username" />
      <NewPasswordFields username={username} email={email} errors={errors} />
      <div className={`my-5 ${errors.acceptTerms?.length ? "border-l-2 border-error pl-3" : ""}`}>
        <p>
          <Link href="/terms" target="_blank" rel="noopener">
            {t("activate.termsLink")}
          </Link>
        </p>
        <div className="mt-2 flex items-start gap-2">
          <input
            type="checkbox"
            id={fieldId("acceptTerms")}
            name="acceptTerms"
            defaultChecked={failed?.values.acceptTerms === "on"}
            aria-invalid={errors.acceptTerms?.length ? true : undefined}
            aria-describedby={errors.acceptTerms?.length ? `${fieldId("acceptTerms")}-error` : undefined}
            className="mt-1 size-4"
          />
          <label htmlFor={fieldId("acceptTerms")}>
            {labels.acceptTerms}
            <span className="text-error" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
        </div>
        {errors.acceptTerms?.length ? (
          <p id={`${fieldId("acceptTerms")}-error`} className="mt-2 text-sm text-error">
            {errors.acceptTerms.join(" ")}
          </p>
        ) : null}
      </div>
      <Button disabled={pending}>{t("activate.submit")}</Button>
    </form>
  );
}
