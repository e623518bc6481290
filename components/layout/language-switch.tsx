"use client";

import { useActionState } from "react";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { switchLocale } from "@/lib/i18n/actions";

export function LanguageSwitch() {
  const t = useTranslations("header");
  const locale = useLocale();
  const pathname = usePathname();
  const [, action, pending] = useActionState(switchLocale, null);
  const target = locale === "fr" ? "en" : "fr";
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={target} />
      {/* Back to the address in the bar, query included: set on click rather than read with
          useSearchParams, which would keep the button out of the prerendered public pages.
          Without JavaScript the path rendered here is sent (the action drops a /fr prefix). */}
      <input type="hidden" name="returnTo" defaultValue={pathname} />
      <button
        type="submit"
        lang={target}
        aria-label={t("switchToLabel")}
        disabled={pending}
        onClick={(event) => {
          const field = event.currentTarget.form?.elements.namedItem("returnTo");
          if (field instanceof HTMLInputElement) field.value = window.location.pathname + window.location.search;
        }}
        className="border border-line-strong px-3 py-2 text-primary hover:bg-primary-lighter"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
