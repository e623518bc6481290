"use client";

import { useTranslations } from "next-intl";

// Each area's error.tsx re-exports this page: with no app-wide root layout, an app/error.tsx
// would sit above the areas' documents (app/error.tsx only catches a failing shell).

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-4">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-4 bg-primary px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
