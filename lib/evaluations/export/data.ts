import type { Executor } from "@/db/client";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { Questionnaire } from "@/lib/questionnaires/schema";
import { scoreQuestionnaire, type QuestionnaireScore } from "@/lib/scoring/score";
import { formatDate, formatDateTime, formatNumber, formatScore, roundScore } from "@/lib/format";
import { productLabelIn } from "@/lib/products/label-in";
import { getEvaluation } from "../load";
import { snapshotAnswers, toScoringAnswers, type SnapshotAnswer } from "../model";
import { subjectSnapshots } from "../snapshots";

/** A figure with its text in the reader's language: XLSX keeps the number, CSV and PDF the text. */
export type Figure = { value: number; text: string };
/** A calendar day ("YYYY-MM-DD") with its text: XLSX keeps a date, CSV and PDF the text. */
export type Day = { value: string; text: string };
export type ExportValue = string | Figure | Day | null;

/** The text of any export value, for the formats without types (CSV, PDF). */
export function exportText(v: ExportValue): string {
  return v === null ? "" : typeof v === "string" ? v : v.text;
}

export type ExportRow = {
  section: string;
  itemId: string;
  kind: string;
  label: string;
  mandatory: string;
  applicable: string;
  answer: string;
  level: Figure | null;
  justification: string;
  plannedDate: Day | null;
  comment: string;
  evidence: string;
  /** Requirement score out of 100 (level / 4), null when it does not count. */
  score: Figure | null;
  target: string;
  targetMet: string;
};

export type ExportData = {
  locale: Locale;
  fileStem: string;
  title: string;
  subject: string;
  company: string;
  theme: string;
  version: string;
  status: string;
  validated: string | null;
  result: QuestionnaireScore;
  questionnaire: Questionnaire;
  rows: ExportRow[];
  columns: Record<keyof ExportRow, string>;
  labels: Record<
    "score" | "maturity" | "compliant" | "progress" | "gaps" | "sections" | "summary" | "answers" | "generated" | "colon",
    string
  >;
  summary: [string, string | Figure][];
  sections: { title: string; score: Figure | null; progress: string }[];
  gaps: { id: string; title: string; mandatory: string; level: Figure; target: Figure; by: Day }[];
  /** Column headers of the gaps table. */
  gapColumns: { id: string; title: string; mandatory: string; levels: string; by: string };
  sectionColumns: { title: string; score: string; progress: string };
};

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

/**
 * What every export contains, in the user's language: each item with its answer, comment,
 * evidence, level and score, plus the theme result. A validated evaluation exports its
 * frozen snapshot (or an older snapshot of the same subject when asked); a draft exports the
 * current answers with a provisional result.
 */
export async function getExportData(
  db: Executor,
  user: AppUser,
  id: string,
  locale: Locale,
  snapshotId?: string | null,
): Promise<ExportData> {
  const evaluation = await getEvaluation(db, user, id);
  const subject = { companyId: evaluation.companyId, productId: evaluation.product?.id ?? null, theme: evaluation.theme };
  const wanted = snapshotId ?? (evaluation.status === "validated" ? "latest-own" : null);
  let questionnaire = evaluation.questionnaire;
  let answers: Record<string, SnapshotAnswer> = snapshotAnswers(evaluation.answers);
  let result: QuestionnaireScore | null = null;
  let validated: { at: Date; by: string } | null = null;
  if (wanted) {
    const snapshots = await subjectSnapshots(db, subject);
    const snapshot =
      wanted === "latest-own" ? snapshots.find((s) => s.evaluationId === evaluation.id) : snapshots.find((s) => s.id === wanted);
    if (!snapshot) throw new NotFoundError("snapshot");
    questionnaire = loadQuestionnaire(evaluation.theme, snapshot.version);
    answers = snapshot.answers;
    result = snapshot.result;
    validated = { at: snapshot.validatedAt, by: snapshot.validatedBy };
  }
  result ??= scoreQuestionnaire(questionnaire, toScoringAnswers(questionnaire, answers));

  const t = translatorFor(locale);
  const e = (key: string, params?: Record<string, string | number>) => t(`evaluations.export.${key}` as never, params as never);
  const date = (d: Date) => formatDateTime(d, locale);
  const day = (iso: string): Day => ({ value: iso, text: formatDate(iso, locale, "short") });
  const score = (n: number): Figure => ({ value: roundScore(n), text: formatScore(n, locale) });
  const whole = (n: number): Figure => ({ value: n, text: formatNumber(n, locale) });
  const yesNo = (b: boolean) => e(b ? "yes" : "no");
  const theme = t(`evaluations.themes.${evaluation.theme}` as never);
  const subjectName = evaluation.product ? productLabelIn(locale, evaluation.product) : (user.companyName ?? "");
  const scoreById = new Map(result.requirements.map((r) => [r.id, r]));
  const levelLabel = (level: number) => questionnaire.scale.levels.find((l) => l.value === level)?.label[locale] ?? String(level);

  const rows: ExportRow[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const a = answers[item.id];
      const base = {
        section: section.title[locale],
        itemId: item.id,
        comment: a?.comment ?? "",
        evidence: [a?.evidenceName, a?.evidenceUrl].filter(Boolean).join(" "),
      };
      if (item.kind === "qualifier") {
        const value = a?.value ?? null;
        const optionLabel = (v: string) => (item.type === "boolean" ? v : (item.options.find((o) => o.value === v)?.label[locale] ?? v));
        const answer =
          value === null
            ? e("unanswered")
            : typeof value === "boolean"
              ? yesNo(value)
              : Array.isArray(value)
                ? value.map(optionLabel).join(" ; ") || e("noneSelected")
                : optionLabel(value);
        rows.push({
          ...base,
          kind: e("qualifier"),
          label: item.question[locale],
          mandatory: "",
          applicable: e("yes"),
          answer,
          level: null,
          justification: "",
          plannedDate: null,
          score: null,
          target: "",
          targetMet: "",
        });
        continue;
      }
      const s = scoreById.get(item.id)!;
      const answer = !s.applicable
        ? e("notApplicable")
        : a?.notConcerned
          ? e("notConcerned")
          : a?.level !== null && a?.level !== undefined
            ? levelLabel(a.level)
            : e("unanswered");
      rows.push({
        ...base,
        kind: e("requirement"),
        label: item.title[locale],
        mandatory: yesNo(item.mandatory),
        applicable: yesNo(s.applicable),
        answer,
        level: s.level === null ? null : whole(s.level),
        justification: a?.notConcerned ? (a.justification ?? "") : "",
        plannedDate: a?.plannedDate ? day(a.plannedDate) : null,
        score: s.score === null ? null : score(s.score * 100),
        target: e("targetValue", { level: item.target.level, date: day(item.target.by).text }),
        targetMet: s.targetMet === null ? "" : yesNo(s.targetMet),
      });
    }
  }

  const maturity = result.maturity ? result.maturity.label[locale] : e("noMaturity");
  const scoreValue = result.score === null ? e("noScore") : score(result.score);
  return {
    locale,
    fileStem: `evaluation-${evaluation.theme}-${slug(evaluation.product ? `${evaluation.product.name}-${evaluation.product.version}-${evaluation.product.os}` : "strategie")}-${questionnaire.version}`,
    title: e("title", { theme }),
    subject: subjectName,
    company: user.companyName ?? "",
    theme,
    version: questionnaire.version,
    status: validated ? e("validatedOn", { date: date(validated.at), name: validated.by }) : e("draftStatus"),
    validated: validated ? date(validated.at) : null,
    result,
    questionnaire,
    rows,
    columns: {
      section: e("columns.section"),
      itemId: e("columns.itemId"),
      kind: e("columns.kind"),
      label: e("columns.label"),
      mandatory: e("columns.mandatory"),
      applicable: e("columns.applicable"),
      answer: e("columns.answer"),
      level: e("columns.level"),
      justification: e("columns.justification"),
      plannedDate: e("columns.plannedDate"),
      comment: e("columns.comment"),
      evidence: e("columns.evidence"),
      score: e("columns.score"),
      target: e("columns.target"),
      targetMet: e("columns.targetMet"),
    },
    labels: {
      score: e("score"),
      maturity: e("maturity"),
      compliant: e("compliant"),
      progress: e("progress"),
      gaps: e("gaps"),
      sections: e("sections"),
      summary: e("summary"),
      answers: e("answers"),
      generated: e("generated", { date: date(new Date()) }),
      // French puts a (non-breaking) space before a colon, English none.
      colon: e("colon"),
    },
    summary: [
      [e("subject"), subjectName],
      [e("company"), user.companyName ?? ""],
      [e("theme"), theme],
      [e("version"), questionnaire.version],
      [e("status"), validated ? e("validatedOn", { date: date(validated.at), name: validated.by }) : e("draftStatus")],
      [e("score"), scoreValue],
      [e("maturity"), maturity],
      [e("compliant"), yesNo(result.compliant)],
      [e("progress"), e("progressValue", { answered: result.progress.answered, applicable: result.progress.applicable })],
    ],
    sections: questionnaire.sections.map((s) => {
      const sc = result.sections.find((x) => x.id === s.id);
      const counted = sc && sc.score !== null && sc.requirements > 0;
      return {
        title: s.title[locale],
        score: counted ? score(sc.score!) : null,
        progress: sc ? e("sectionProgressValue", { answered: sc.progress.answered, applicable: sc.progress.applicable }) : "",
      };
    }),
    gaps: result.gaps.map((g) => {
      const item = questionnaire.sections.flatMap((s) => s.items).find((i) => i.id === g.id);
      return {
        id: g.id,
        title: item?.kind === "requirement" ? item.title[locale] : g.id,
        mandatory: yesNo(g.mandatory),
        level: whole(g.level),
        target: whole(g.targetLevel),
        by: day(g.by),
      };
    }),
    gapColumns: {
      id: e("gapColumns.id"),
      title: e("gapColumns.title"),
      mandatory: e("gapColumns.mandatory"),
      levels: e("gapColumns.levels"),
      by: e("gapColumns.by"),
    },
    sectionColumns: { title: e("sectionColumns.title"), score: e("sectionColumns.score"), progress: e("sectionColumns.progress") },
  };
}
