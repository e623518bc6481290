"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { StoredAnswer } from "@/lib/evaluations/model";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Qualifier, Questionnaire } from "@/lib/questionnaires/schema";

type Props = {
  theirs: StoredAnswer | null;
  kind: "qualifier" | "requirement";
  scale: Questionnaire["scale"];
  qualifier?: Qualifier;
  locale: Locale;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * Someone else saved this item after the user loaded it: their answer is shown, the user's
 * own stays in the form, and nothing is written until the user chooses.
 */
export function ConflictNotice({ theirs, kind, scale, qualifier, locale, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations("evaluations.conflict");
  const who = theirs?.updatedBy ?? t("someone");
  const when = theirs ? formatDateTime(theirs.updatedAt, locale, "short") : "";
  const lines: string[] = [];
  if (theirs && kind === "requirement") {
    const level = theirs.notConcerned
      ? scale.notConcerned.label[locale]
      : theirs.level !== null
        ? scale.levels.find((l) => l.value === theirs.level)?.label[locale]
        : t("noLevel");
    lines.push(t("level", { level: level ?? "" }));
    if (theirs.plannedDate) lines.push(t("plannedDate", { date: formatDate(theirs.plannedDate, locale) }));
    if (theirs.notConcerned && theirs.justification) lines.push(t("justification", { text: theirs.justification }));
    lines.push(theirs.comment ? t("comment", { text: theirs.comment }) : t("noComment"));
    if (theirs.evidenceName || theirs.evidenceUrl)
      lines.push(t("evidence", { text: [theirs.evidenceName, theirs.evidenceUrl].filter(Boolean).join(" ") }));
  } else if (theirs) {
    const label = (v: string | boolean) =>
      typeof v === "boolean"
        ? t(v ? "yes" : "no")
        : ((qualifier && qualifier.type !== "boolean" ? qualifier.options.find((o) => o.value === v)?.label[locale] : undefined) ?? v);
    const value = theirs.value;
    lines.push(
      t("answer", {
        answer: value === null ? t("noAnswer") : Array.isArray(value) ? value.map(label).join(", ") || t("noneSelected") : label(value),
      }),
    );
  }
  return (
    <div role="alert" className="my-4 border-l-4 border-warning bg-warning-light p-4">
      <p className="font-bold">{t("title", { name: who, time: when })}</p>
      <p className="mt-1">{t("body")}</p>
      <ul className="mt-2 ml-6 list-disc">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary")} onClick={onKeepMine}>
          {t("keepMine")}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onTakeTheirs}>
          {t("takeTheirs")}
        </button>
      </div>
    </div>
  );
}
