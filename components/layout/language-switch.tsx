"use client";

import { useActionState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { switchLocale } from "@/lib/i18n/actions";

export function LanguageSwitch() {
  const t = useTranslations("header");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [, action, pending] = useActionState(switchLocale, null);
  const target = locale === "fr" ? "en" : "fr";
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <button
        type="submit"
        lang={target}
        aria-label={t("switchToLabel")}
        disabled={pending}
        className="border border-line-strong px-3 py-2 text-primary hover:bg-primary-lighter"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
