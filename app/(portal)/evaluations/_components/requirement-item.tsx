"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { Draft } from "@/lib/evaluations/drafts";
import type { StoredAnswer } from "@/lib/evaluations/model";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire, Requirement } from "@/lib/questionnaires/schema";
import { ConflictNotice } from "./conflict-notice";
import { formatDate, todayInParis } from "@/lib/format";

type Props = {
  requirement: Requirement;
  scale: Questionnaire["scale"];
  locale: Locale;
  draft: Draft;
  editable: boolean;
  errors?: Record<string, string[]>;
  conflict?: StoredAnswer | null;
  hasConflict: boolean;
  evidenceHref: (documentId: string) => string;
  onChange: (patch: Partial<Draft>, delay?: number) => void;
  onBlur: () => void;
  onUpload: (file: File) => Promise<void>;
  onRemoveEvidence: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

const ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";
const MAX_BYTES = 10 * 1024 * 1024;

/** One requirement: its level (with the scale's help), date, justification, comment and evidence. */
export function RequirementItem(props: Props) {
  const { requirement: r, scale, locale, draft, editable, errors = {} } = props;
  const t = useTranslations("evaluations.answering");
  const fileRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const id = r.id;
  const dated = draft.level === "1" || draft.level === "2";
  // Judged in Paris, like every deadline: a target not reached by its date is overdue, and a
  // planned date after the deadline is accepted with a warning.
  const reached = /^[0-4]$/.test(draft.level) && Number(draft.level) >= r.target.level;
  const overdue = r.target.by < todayInParis() && !reached && draft.level !== "nc";
  const plannedLate = dated && draft.plannedDate !== "" && draft.plannedDate > r.target.by;
  const deadline = formatDate(r.target.by, locale);
  const levelName = `level-${id}`;
  const levelError = errors.level;
  const extra = (value: number) => (value === 3 ? r.done[locale] : value === 4 ? r.verified[locale] : null);

  const [tooLarge, setTooLarge] = useState(false);
  const [fileKey, setFileKey] = useState(0);
  const fileErrors = tooLarge ? [t("fileTooLarge")] : errors.evidenceFile;
  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    // Checked here too, so that a large file is not sent for nothing; the server checks the content.
    setTooLarge(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return;
    setUploading(true);
    // A fresh, empty file field at once (it shows "no file chosen" again), not after the
    // upload: a file chosen while the answer comes back must not be wiped by that reset.
    setFileKey((k) => k + 1);
    try {
      await props.onUpload(file);
    } finally {
      setUploading(false);
    }
  };

  return (
    <article
      id={`item-${id}`}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-item={id}
      className="my-4 scroll-mt-40 border border-line p-4 focus:outline-2"
    >
      <p className="font-mono text-sm text-ink-soft">{id}</p>
      <h3 id={`${id}-title`} className="mt-1 text-lg font-bold">
        {r.title[locale]}
      </h3>
      <p className="mt-1 flex flex-wrap gap-2 text-sm">
        <span className={`px-2 py-0.5 ${r.mandatory ? "bg-error-light text-error" : "bg-surface-raised text-ink-soft"}`}>
          {t(r.mandatory ? "mandatory" : "optional")}
        </span>
        <span className="bg-surface-raised px-2 py-0.5">
          {t("target", {
            level: scale.levels.find((l) => l.value === r.target.level)?.label[locale] ?? r.target.level,
            date: deadline,
          })}
        </span>
        {overdue && (
          <span className="bg-warning-light px-2 py-0.5 font-medium text-warning" data-testid="overdue">
            {t("overdue")}
          </span>
        )}
      </p>
      <p className="mt-2">{r.description[locale]}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-primary">{t("details")}</summary>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm md:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{t("evidenceExpected")}</dt>
          <dd>{r.evidence[locale]}</dd>
          <dt className="font-medium">{t("reference")}</dt>
          <dd>{r.reference.url ? <a href={r.reference.url}>{r.reference.label}</a> : r.reference.label}</dd>
        </dl>
      </details>

      {props.hasConflict && (
        <ConflictNotice
          theirs={props.conflict ?? null}
          kind="requirement"
          scale={scale}
          locale={locale}
          onKeepMine={props.onKeepMine}
          onTakeTheirs={props.onTakeTheirs}
        />
      )}

      <fieldset
        className={`mt-4 ${levelError ? "border-l-2 border-error pl-3" : ""}`}
        aria-describedby={levelError ? `${levelName}-error` : undefined}
        disabled={!editable}
      >
        <legend className="font-medium">
          {t("levelLegend")}
          <span className="sr-only"> — {r.title[locale]}</span>
        </legend>
        <div className="mt-2 space-y-2">
          {scale.levels.map((level) => (
            <div key={level.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={`${levelName}-${level.value}`}
                name={levelName}
                value={String(level.value)}
                checked={draft.level === String(level.value)}
                onChange={() => props.onChange({ level: String(level.value) as Draft["level"] }, 300)}
                aria-describedby={`${levelName}-${level.value}-help`}
                className="mt-1.5 size-4"
              />
              <div>
                <label htmlFor={`${levelName}-${level.value}`} className="font-medium">
                  {level.label[locale]}
                </label>
                <p id={`${levelName}-${level.value}-help`} className="text-sm text-ink-mute">
                  {level.help[locale]} {extra(level.value)}
                </p>
              </div>
            </div>
          ))}
          <div className="flex items-start gap-2">
            <input
              type="radio"
              id={`${levelName}-nc`}
              name={levelName}
              value="nc"
              checked={draft.level === "nc"}
              onChange={() => props.onChange({ level: "nc" }, 300)}
              aria-describedby={`${levelName}-nc-help`}
              className="mt-1.5 size-4"
            />
            <div>
              <label htmlFor={`${levelName}-nc`} className="font-medium">
                {scale.notConcerned.label[locale]}
              </label>
              <p id={`${levelName}-nc-help`} className="text-sm text-ink-mute">
                {scale.notConcerned.help[locale]}
              </p>
            </div>
          </div>
        </div>
        {levelError && (
          <p id={`${levelName}-error`} className="mt-2 text-sm text-error">
            {levelError.join(" ")}
          </p>
        )}
      </fieldset>

      {dated && (
        <TextField
          name={`${id}-plannedDate`}
          type="date"
          label={t("plannedDate")}
          hint={t("plannedDateHint")}
          required
          disabled={!editable}
          value={draft.plannedDate}
          errors={errors.plannedDate ?? (draft.plannedDate ? undefined : [t("plannedDateMissing")])}
          onChange={(e) => props.onChange({ plannedDate: e.target.value })}
          onBlur={props.onBlur}
        />
      )}
      {plannedLate && (
        <p className="-mt-3 mb-4 border-l-4 border-warning bg-warning-light p-2 text-sm" role="status" data-testid="planned-late">
          {t("plannedAfterDeadline", { date: deadline })}
        </p>
      )}
      {draft.level === "nc" && (
        <TextAreaField
          name={`${id}-justification`}
          label={t("justification")}
          hint={t("justificationHint")}
          required
          rows={3}
          maxLength={2000}
          disabled={!editable}
          value={draft.justification}
          errors={errors.justification ?? (draft.justification.trim() ? undefined : [t("justificationMissing")])}
          onChange={(e) => props.onChange({ justification: e.target.value })}
          onBlur={props.onBlur}
        />
      )}
      <TextAreaField
        name={`${id}-comment`}
        label={t("comment")}
        hint={t("commentHint")}
        rows={3}
        maxLength={5000}
        disabled={!editable}
        value={draft.comment}
        errors={errors.comment}
        onChange={(e) => props.onChange({ comment: e.target.value })}
        onBlur={props.onBlur}
      />

      <fieldset className="mt-4" disabled={!editable}>
        <legend className="font-medium">
          {t("evidence")}
          <span className="sr-only"> — {r.title[locale]}</span>
        </legend>
        <p className="text-sm text-ink-mute">{t("evidenceHint")}</p>
        {draft.evidenceDocumentId && draft.evidenceName && (
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <a href={props.evidenceHref(draft.evidenceDocumentId)} download>
              {t("evidenceFile", { name: draft.evidenceName })}
            </a>
            {editable && (
              <button type="button" className={buttonClass("tertiary")} onClick={props.onRemoveEvidence}>
                {t("evidenceRemove")}
                <span className="sr-only"> — {draft.evidenceName}</span>
              </button>
            )}
          </p>
        )}
        <div className={`my-3 ${fileErrors ? "border-l-2 border-error pl-3" : ""}`}>
          <label htmlFor={`field-${id}-evidenceFile`} className="block">
            {t("evidenceUpload")}
          </label>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <FileInput
              key={fileKey}
              inputRef={fileRef}
              id={`field-${id}-evidenceFile`}
              accept={ACCEPT}
              invalid={Boolean(fileErrors)}
              describedBy={fileErrors ? `field-${id}-evidenceFile-error` : undefined}
            />
            <button type="button" className={buttonClass("secondary")} onClick={upload} disabled={uploading}>
              {uploading ? t("uploading") : t("uploadButton")}
            </button>
          </div>
          {fileErrors && (
            <p id={`field-${id}-evidenceFile-error`} className="mt-2 text-sm text-error">
              {fileErrors.join(" ")} {t("fileNotKept")}
            </p>
          )}
        </div>
        <TextField
          name={`${id}-evidenceUrl`}
          type="url"
          label={t("evidenceUrl")}
          hint={t("evidenceUrlHint")}
          value={draft.evidenceUrl}
          errors={errors.evidenceUrl}
          onChange={(e) => props.onChange({ evidenceUrl: e.target.value })}
          onBlur={props.onBlur}
        />
      </fieldset>
    </article>
  );
}
