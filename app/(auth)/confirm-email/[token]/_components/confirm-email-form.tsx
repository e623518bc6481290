"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { confirmEmailAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("account.confirmEmail");
  const [state, action, pending] = useActionState(confirmEmailAction, null);
  if (state?.ok) {
    return (
      <>
        <Notice tone="success">{state.message}</Notice>
        <p>
          <Link href="/profile">{t("profileLink")}</Link>
        </p>
      </>
    );
  }
  return (
    <form action={action}>
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="token" value={token} />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
