"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { signOutEverywhereAction } from "@/lib/auth/actions";

export function SignOutEverywhereForm() {
  const t = useTranslations("account.profile");
  const [state, action, pending] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={action}>
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      <Button disabled={pending} variant="secondary">
        {t("signOutEverywhere")}
      </Button>
    </form>
  );
}
