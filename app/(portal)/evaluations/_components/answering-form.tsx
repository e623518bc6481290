"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
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
import { SectionNav, SectionPager, type SectionLink } from "./section-nav";
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
  /** The whole questionnaire in outline, with the open section complete (questionnaireForSection). */
  questionnaire: Questionnaire;
  /** The open section: the only one whose questions are rendered. */
  sectionId: string;
  /** The item to put the focus on when the section opens (the user's last position, a missing answer). */
  focus: string | null;
  /** The section was asked for (a link): its heading takes the focus when no item does. */
  chosen: boolean;
  locale: Locale;
  answers: StoredAnswers;
  canEdit: boolean;
  canValidate: boolean;
  actions: AnsweringActions;
};

/**
 * The answering page's form, one section at a time: the list of sections with their live
 * progress, the open section's questions (qualifiers first, requirements appearing as the
 * qualifiers make them apply), autosave per item, links to the previous and next sections,
 * and the validation panel for those who may validate. Progress and applicability are
 * computed over the whole evaluation; only the open section is rendered (a page of every
 * section was 1,400 DOM elements and most of the server's rendering time).
 */
export function AnsweringForm(props: Props) {
  const { evaluationId, revision, questionnaire, sectionId, focus, chosen, locale, answers, canEdit, canValidate, actions } = props;
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

  // Opening a section: focus the item asked for (or the one the user was last on), else the
  // section's heading when the user chose the section, so that keyboard and screen-reader
  // users start reading where the new content is.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = focus ?? (decodeURIComponent(window.location.hash.replace(/^#item-/, "")) || null);
    const element =
      (target && document.getElementById(`item-${target}`)) || (chosen ? document.getElementById(`section-${sectionId}-title`) : null);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "start" });
  }, [sectionId, focus, chosen]);

  // Changing section loads the new one from the server: pending saves go first, and an answer
  // held by a conflict keeps the user here (leaving would drop what they typed).
  const router = useRouter();
  const [blocked, setBlocked] = useState(false);
  const navigate = useCallback(
    (event: React.MouseEvent<HTMLAnchorElement>, href: string) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void queue.flush().then(() => {
        if (queue.hasHeld()) {
          setBlocked(true);
          return;
        }
        setBlocked(false);
        router.push(href);
      });
    },
    [queue, router],
  );
  // The alert says why the page stayed; once every conflict is settled it no longer holds, so
  // it goes at once rather than at the next section change (set during render, React's way of
  // adjusting state to a change, without an effect's extra paint of the stale alert).
  if (blocked && Object.keys(queue.conflicts).length === 0) setBlocked(false);
  const hrefOf = useCallback((id: string) => `/evaluations/${evaluationId}?section=${encodeURIComponent(id)}`, [evaluationId]);

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
  const links: SectionLink[] = questionnaire.sections.map((s) => {
    const p = sectionProgress.get(s.id);
    const qs = s.items.filter((i) => i.kind === "qualifier");
    const qDone = qs.filter((q) => Object.hasOwn(drafts, q.id) && drafts[q.id].value !== null).length;
    return {
      section: s,
      progress:
        qs.length > 0
          ? t("sectionQualifiers", { answered: qDone, total: qs.length })
          : t("sectionProgress", { answered: p?.progress.answered ?? 0, applicable: p?.progress.applicable ?? 0 }),
    };
  });
  const sectionIndex = Math.max(
    0,
    questionnaire.sections.findIndex((s) => s.id === sectionId),
  );
  const section = questionnaire.sections[sectionIndex];
  const p = sectionProgress.get(section.id);
  // Qualifiers first: their answers decide which requirements below apply.
  const qualifiers = section.items.filter((i) => i.kind === "qualifier");
  const requirements = section.items.filter((i) => i.kind === "requirement");
  const shown = requirements.filter((r) => applicable.has(r.id));
  const hidden = requirements.length - shown.length;

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

        {blocked && (
          <p role="alert" className="my-4 border-l-4 border-error bg-error-light p-4">
            {t("conflictBlocksNavigation")}
          </p>
        )}
        <SectionNav links={links} current={section.id} locale={locale} hrefOf={hrefOf} onNavigate={navigate} />

        <section key={section.id} aria-labelledby={`section-${section.id}-title`} className="mt-10">
          <p className="text-sm text-ink-soft">{t("sectionOf", { index: sectionIndex + 1, total: questionnaire.sections.length })}</p>
          <h2 id={`section-${section.id}-title`} tabIndex={-1} className="scroll-mt-32 text-2xl font-bold focus:outline-2">
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
        <SectionPager links={links} current={section.id} locale={locale} hrefOf={hrefOf} onNavigate={navigate} />
      </form>

      {canValidate && (
        <ValidatePanel
          evaluationId={evaluationId}
          questionnaire={questionnaire}
          locale={locale}
          missing={missing}
          openSection={section.id}
          hrefOf={(id) => `/evaluations/${evaluationId}?item=${encodeURIComponent(id)}`}
          onNavigate={navigate}
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
