import { useTranslations } from "next-intl";
import type { RightsSummary } from "@/lib/team/members";

/** A member's rights in one line ("create accounts · 2 products as drafts · …"). */
export function RightsSummaryText({ rights }: { rights: RightsSummary }) {
  const t = useTranslations("team.summary");
  if (rights.responsable) return <>{t("all")}</>;
  const parts = [
    rights.createUsers ? t("createUsers") : null,
    rights.createProducts ? t("createProducts") : null,
    rights.validateProducts ? t("validateProducts", { count: rights.validateProducts }) : null,
    rights.draftProducts ? t("draftProducts", { count: rights.draftProducts }) : null,
    rights.strategy ? t(rights.strategy === "validate" ? "strategyValidate" : "strategyDraft") : null,
  ].filter((p): p is string => p !== null);
  return <>{parts.length ? parts.join(" · ") : t("none")}</>;
}
