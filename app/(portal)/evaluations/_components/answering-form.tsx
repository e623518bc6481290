"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/action";
import { draftAsAnswer, EMPTY_DRAFT } from "@/lib/evaluations/drafts";
import { itemIndex, missingItems, toScoringAnswers, type StoredAnswers } from "@/lib/evaluations/model";
import type { SaveResult } from "@/lib/evaluations/save";
import { formatTime } from "@/lib/format";
import { parseLocale, type Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaires/schema";
import { scoreQuestionnaire } from "@/lib/scoring/score";
import { QualifierItem } from "./qualifier-item";
import { RequirementItem } from "./requirement-item";
import { useSaveQueue, type SaveStatus } from "./use-save-queue";
import { ValidatePanel } from "./validate-panel";

export type AnsweringActions = {
  save: FormAction<SaveResult>;
  savePosition: FormAction<undefined>;
  validate: FormAction<undefined>;
};

type Props = {
  evaluationId: string;
  revision: number;
  questionnaire: Questionnaire;
  locale: Locale;
  answers: StoredAnswers;
  position: string | null;
  canEdit: boolean;
  canValidate: boolean;
  actions: AnsweringActions;
};

/**
 * The answering page's form: sections with their progress, qualifiers first, requirements
 * appearing as the qualifiers make them apply, autosave per item, and the validation panel
 * for those who may validate. Reopens on the item the user was last on.
 */
export function AnsweringForm({ evaluationId, revision, questionnaire, locale, answers, position, canEdit, canValidate, actions }: Props) {
  const t = useTranslations("evaluations.answering");
  const index = itemIndex(questionnaire);
  const kindOf = useCallback((id: string) => (index.get(id)?.item.kind ?? "requirement") as "qualifier" | "requirement", [index]);
  const queue = useSaveQueue({
    evaluationId,
    revision,
    answers,
    kindOf,
    save: actions.save,
    savePosition: actions.savePosition,
    enabled: canEdit,
    uploadFailed: t("uploadFailed"),
  });
  const { drafts } = queue;

  const answerish = useMemo(() => Object.fromEntries(Object.entries(drafts).map(([id, d]) => [id, draftAsAnswer(d)])), [drafts]);
  const result = useMemo(() => scoreQuestionnaire(questionnaire, toScoringAnswers(questionnaire, answerish)), [questionnaire, answerish]);
  const missing = useMemo(() => missingItems(questionnaire, answerish), [questionnaire, answerish]);
  const applicable = useMemo(() => new Set(result.requirements.filter((r) => r.applicable).map((r) => r.id)), [result]);

  // Announce requirements that start (or stop) applying after a qualifier answer.
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef(applicable);
  useEffect(() => {
    const before = previous.current;
    const added = [...applicable].filter((id) => !before.has(id)).length;
    const removed = [...before].filter((id) => !applicable.has(id)).length;
    previous.current = applicable;
    if (added || removed) setAnnouncement(t("applicabilityChanged", { added, removed }));
  }, [applicable, t]);

  // Reopen where the user was: the item in the address (a link from the missing list) or the saved position.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = decodeURIComponent(window.location.hash.replace(/^#item-/, "")) || position;
    if (!target) return;
    const element = document.getElementById(`item-${target}`);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "start" });
    // Runs once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The progress bar stays at the top while scrolling: keep focused fields from hiding under it.
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = document.documentElement;
    const update = () => {
      root.style.scrollPaddingTop = `${(bar.current?.offsetHeight ?? 0) + 16}px`;
    };
    update();
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("resize", update);
      root.style.scrollPaddingTop = "";
    };
  }, []);

  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>("[data-item]")?.dataset.item;
    if (item) queue.notePosition(item);
  };

  const sectionProgress = new Map(result.sections.map((s) => [s.id, s]));
  const qualifiersBySection = new Map(questionnaire.sections.map((s) => [s.id, s.items.filter((i) => i.kind === "qualifier")]));

  return (
    <div ref={container} onFocus={onFocus}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void queue.flush();
        }}
        noValidate
      >
        <div ref={bar} className="sticky top-0 z-10 flex flex-wrap items-center gap-4 border-b border-line bg-surface py-3">
          <div className="min-w-64 flex-1">
            <p id="progress-label" className="font-medium">
              {t("progress", { answered: result.progress.answered, applicable: result.progress.applicable })}
              {" · "}
              {t("qualifiersProgress", { answered: result.progress.qualifiersAnswered, total: result.progress.qualifiers })}
            </p>
            <progress
              className="mt-1 h-2 w-full"
              aria-labelledby="progress-label"
              max={Math.max(1, result.progress.applicable + result.progress.qualifiers)}
              value={result.progress.answered + result.progress.qualifiersAnswered}
            />
          </div>
          <SaveStatusText status={queue.status} editable={canEdit} />
          {canEdit && <Button variant="secondary">{t("saveNow")}</Button>}
        </div>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        {queue.othersChanged && (
          <div role="status" className="my-4 border-l-4 border-info bg-info-light p-4">
            <p>{t("othersChanged")}</p>
          </div>
        )}

        <nav aria-labelledby="sections-nav" className="mt-6">
          <h2 id="sections-nav" className="text-xl font-bold">
            {t("sections")}
          </h2>
          <ol className="mt-2 ml-6 list-decimal space-y-1">
            {questionnaire.sections.map((s) => {
              const p = sectionProgress.get(s.id);
              const qs = qualifiersBySection.get(s.id) ?? [];
              const qDone = qs.filter((q) => Object.hasOwn(drafts, q.id) && drafts[q.id].value !== null).length;
              return (
                <li key={s.id}>
                  <a href={`#section-${s.id}`}>{s.title[locale]}</a>{" "}
                  <span className="text-sm text-ink-soft">
                    {qs.length > 0
                      ? t("sectionQualifiers", { answered: qDone, total: qs.length })
                      : t("sectionProgress", { answered: p?.progress.answered ?? 0, applicable: p?.progress.applicable ?? 0 })}
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>

        {questionnaire.sections.map((section) => {
          const p = sectionProgress.get(section.id);
          // Qualifiers first: their answers decide which requirements below apply.
          const qualifiers = section.items.filter((i) => i.kind === "qualifier");
          const requirements = section.items.filter((i) => i.kind === "requirement");
          const shown = requirements.filter((r) => applicable.has(r.id));
          const hidden = requirements.length - shown.length;
          return (
            <section
              key={section.id}
              id={`section-${section.id}`}
              aria-labelledby={`section-${section.id}-title`}
              className="mt-10 scroll-mt-32"
            >
              <h2 id={`section-${section.id}-title`} className="text-2xl font-bold">
                {section.title[locale]}
              </h2>
              {requirements.length > 0 && (
                <p className="mt-1 text-ink-soft">
                  {t("sectionProgress", { answered: p?.progress.answered ?? 0, applicable: p?.progress.applicable ?? 0 })}
                </p>
              )}
              {qualifiers.map((q) =>
                q.kind === "qualifier" ? (
                  <QualifierItem
                    key={q.id}
                    qualifier={q}
                    scale={questionnaire.scale}
                    locale={locale}
                    draft={drafts[q.id] ?? EMPTY_DRAFT}
                    editable={canEdit}
                    errors={queue.errors[q.id]}
                    hasConflict={Object.hasOwn(queue.conflicts, q.id)}
                    conflict={queue.conflicts[q.id]}
                    onChange={(value) => queue.update(q.id, { value }, 300)}
                    onKeepMine={() => queue.keepMine(q.id)}
                    onTakeTheirs={() => queue.takeTheirs(q.id)}
                  />
                ) : null,
              )}
              {shown.map((r) =>
                r.kind === "requirement" ? (
                  <RequirementItem
                    key={r.id}
                    requirement={r}
                    scale={questionnaire.scale}
                    locale={locale}
                    draft={drafts[r.id] ?? EMPTY_DRAFT}
                    editable={canEdit}
                    errors={queue.errors[r.id]}
                    hasConflict={Object.hasOwn(queue.conflicts, r.id)}
                    conflict={queue.conflicts[r.id]}
                    evidenceHref={(doc) => `/evaluations/${evaluationId}/evidence/${doc}`}
                    onChange={(patch, delay) => queue.update(r.id, patch, delay)}
                    onBlur={() => void queue.flush()}
                    onUpload={(file) => queue.upload(r.id, file)}
                    onRemoveEvidence={() => queue.removeEvidence(r.id)}
                    onKeepMine={() => queue.keepMine(r.id)}
                    onTakeTheirs={() => queue.takeTheirs(r.id)}
                  />
                ) : null,
              )}
              {hidden > 0 && <p className="mt-4 text-ink-soft">{t("notApplicable", { count: hidden })}</p>}
              {requirements.length > 0 && shown.length === 0 && qualifiers.length === 0 && (
                <p className="mt-2 text-ink-soft">{t("answerQualifiersFirst")}</p>
              )}
            </section>
          );
        })}
      </form>

      {canValidate && (
        <ValidatePanel
          evaluationId={evaluationId}
          questionnaire={questionnaire}
          locale={locale}
          missing={missing}
          flush={queue.flush}
          knownRevision={queue.knownRevision}
          validate={actions.validate}
        />
      )}
    </div>
  );
}

function SaveStatusText({ status, editable }: { status: SaveStatus; editable: boolean }) {
  const t = useTranslations("evaluations.saveStatus");
  const locale = parseLocale(useLocale());
  const text = !editable
    ? t("readOnly")
    : status.kind === "saved"
      ? t("saved", { time: formatTime(status.at, locale) })
      : status.kind === "error"
        ? `${t("error")} ${status.message}`
        : t(status.kind);
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${status.kind === "error" || status.kind === "conflict" || status.kind === "offline" ? "font-medium text-error" : "text-ink-soft"}`}
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
