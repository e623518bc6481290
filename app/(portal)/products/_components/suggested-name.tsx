"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * The name the platform suggests, "[Name] [OS] [Device]", updated as the user types and
 * announced politely. It never overwrites the name: the button copies it on request.
 */
export function SuggestedName({ suggestion, onUse }: { suggestion: string; onUse: (name: string) => void }) {
  const t = useTranslations("products.suggestion");
  return (
    <div className="my-5 border-l-4 border-info bg-info-light p-4">
      <p aria-live="polite" data-testid="suggested-name">
        {suggestion ? (
          <>
            {t("label")} <strong>{suggestion}</strong>
          </>
        ) : (
          t("empty")
        )}
      </p>
      {suggestion && (
        <button type="button" className={buttonClass("secondary", "mt-2")} onClick={() => onUse(suggestion)}>
          {t("use")}
        </button>
      )}
    </div>
  );
}
