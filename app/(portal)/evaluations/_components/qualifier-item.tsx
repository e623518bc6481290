"use client";

import { useTranslations } from "next-intl";
import type { Draft } from "@/lib/evaluations/drafts";
import type { StoredAnswer } from "@/lib/evaluations/model";
import type { Locale } from "@/lib/i18n/locales";
import type { Qualifier, Questionnaire } from "@/lib/questionnaires/schema";
import { ConflictNotice } from "./conflict-notice";

type Props = {
  qualifier: Qualifier;
  scale: Questionnaire["scale"];
  locale: Locale;
  draft: Draft;
  editable: boolean;
  errors?: Record<string, string[]>;
  hasConflict: boolean;
  conflict?: StoredAnswer | null;
  onChange: (value: Draft["value"]) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** A qualifier question: yes/no and single choice as radios, multiple choice as checkboxes. */
export function QualifierItem({
  qualifier: q,
  scale,
  locale,
  draft,
  editable,
  errors = {},
  hasConflict,
  conflict,
  onChange,
  onKeepMine,
  onTakeTheirs,
}: Props) {
  const t = useTranslations("evaluations.answering");
  const name = `q-${q.id}`;
  const options =
    q.type === "boolean"
      ? [
          { value: "true", label: t("yes") },
          { value: "false", label: t("no") },
        ]
      : q.options.map((o) => ({ value: o.value, label: o.label[locale] }));
  const selected = Array.isArray(draft.value) ? draft.value : [];
  const describedBy = [q.help ? `${name}-help` : null, errors.value ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  const choose = (raw: string, checked: boolean) => {
    if (q.type === "boolean") onChange(raw === "true");
    else if (q.type === "single") onChange(raw);
    else {
      const next = checked ? [...selected, raw] : selected.filter((v) => v !== raw);
      // Keep the questionnaire's order, whatever the order of the clicks.
      onChange(q.options.map((o) => o.value).filter((v) => next.includes(v)));
    }
  };
  const isChecked = (raw: string) =>
    q.type === "boolean" ? draft.value === (raw === "true") : q.type === "single" ? draft.value === raw : selected.includes(raw);

  return (
    <div id={`item-${q.id}`} tabIndex={-1} data-item={q.id} className="my-4 scroll-mt-40 border border-line p-4 focus:outline-2">
      {hasConflict && (
        <ConflictNotice
          theirs={conflict ?? null}
          kind="qualifier"
          qualifier={q}
          scale={scale}
          locale={locale}
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
        />
      )}
      <fieldset aria-describedby={describedBy} disabled={!editable} className={errors.value ? "border-l-2 border-error pl-3" : ""}>
        <legend className="text-lg font-bold">{q.question[locale]}</legend>
        {q.help && (
          <p id={`${name}-help`} className="mt-1 text-sm text-ink-mute">
            {q.help[locale]}
          </p>
        )}
        {q.type === "multiple" && <p className="mt-1 text-sm text-ink-mute">{t("multiple")}</p>}
        <div className="mt-3 space-y-2">
          {options.map((o) => (
            <div key={o.value} className="flex items-center gap-2">
              <input
                type={q.type === "multiple" ? "checkbox" : "radio"}
                id={`${name}-${o.value}`}
                name={name}
                value={o.value}
                checked={isChecked(o.value)}
                onChange={(e) => choose(o.value, e.target.checked)}
                className="size-4"
              />
              <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
        {errors.value && (
          <p id={`${name}-error`} className="mt-2 text-sm text-error">
            {errors.value.join(" ")}
          </p>
        )}
      </fieldset>
    </div>
  );
}
