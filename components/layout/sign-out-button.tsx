"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  const t = useTranslations("header");
  const [, action, pending] = useActionState(signOutAction, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="border border-primary px-3 py-2 text-primary hover:bg-primary-lighter">
        {t("signOut")}
      </button>
    </form>
  );
}
