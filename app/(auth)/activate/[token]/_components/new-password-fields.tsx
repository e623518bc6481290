"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { TextField, fieldId } from "@/components/ui/field";
import { PASSWORD_RULES, checkPassword } from "@/lib/accounts/password-policy";

/**
 * New password + confirmation, with the rules shown and ticked off while typing. Used by
 * activation, reset and the profile's change of password.
 */
export function NewPasswordFields({ username, email, errors }: { username: string; email: string; errors: Record<string, string[]> }) {
  const t = useTranslations("account.password");
  const [password, setPassword] = useState("");
  const [show, setShow] = useState(false);
  const checks = checkPassword(password, { username, email });
  const rulesId = `${fieldId("password")}-rules`;
  return (
    <>
      <TextField
        name="password"
        type={show ? "text" : "password"}
        label={t("new")}
        autoComplete="new-password"
        errors={errors.password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        aria-describedby={[rulesId, errors.password?.length ? `${fieldId("password")}-error` : null].filter(Boolean).join(" ")}
        required
      />
      <div id={rulesId} className="-mt-2 mb-5 text-sm">
        <p>{t("rulesTitle")}</p>
        <ul className="mt-1 space-y-1" data-testid="password-rules">
          {PASSWORD_RULES.map((rule) => (
            <li
              key={rule}
              data-met={checks[rule] && password !== "" ? "true" : "false"}
              className={checks[rule] && password !== "" ? "text-success" : "text-ink-soft"}
            >
              <span aria-hidden="true">{checks[rule] && password !== "" ? "✓ " : "○ "}</span>
              {t(`rules.${rule}`)}
              <span className="sr-only"> — {checks[rule] && password !== "" ? t("met") : t("unmet")}</span>
            </li>
          ))}
        </ul>
      </div>
      <TextField
        name="confirmPassword"
        type={show ? "text" : "password"}
        label={t("confirm")}
        autoComplete="new-password"
        errors={errors.confirmPassword}
        required
      />
      <div className="-mt-3 mb-5 flex items-center gap-2">
        <input id="show-passwords" type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} className="size-4" />
        <label htmlFor="show-passwords">{t("show")}</label>
      </div>
    </>
  );
}
