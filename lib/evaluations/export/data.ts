import type { Executor } from "@/db/client";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import type { Questionnaire } from "@/lib/questionnaires/schema";
import { scoreQuestionnaire, type QuestionnaireScore } from "@/lib/scoring/score";
import { productLabel } from "../labels";
import { getEvaluation } from "../load";
import { snapshotAnswers, toScoringAnswers, type SnapshotAnswer } from "../model";
import { subjectSnapshots } from "../snapshots";

export type ExportRow = {
  section: string;
  itemId: string;
  kind: string;
  label: string;
  mandatory: string;
  applicable: string;
  answer: string;
  level: number | null;
  justification: string;
  plannedDate: string;
  comment: string;
  evidence: string;
  /** Requirement score out of 100 (level / 4), null when it does not count. */
  score: number | null;
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
  labels: Record<"score" | "maturity" | "compliant" | "progress" | "gaps" | "sections" | "summary" | "answers" | "generated" | "colon", string>;
  summary: [string, string][];
  sections: { title: string; score: number | null; progress: string }[];
  gaps: { id: string; title: string; mandatory: string; level: number; target: number; by: string }[];
};

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * What every export contains, in the user's language: each item with its answer, comment,
 * evidence, level and score, plus the theme result. A validated evaluation exports its
 * frozen snapshot (or an older snapshot of the same subject when asked); a draft exports the
 * current answers with a provisional result.
 */
export async function getExportData(db: Executor, user: AppUser, id: string, locale: Locale, snapshotId?: string | null): Promise<ExportData> {
  const evaluation = await getEvaluation(db, user, id);
  const subject = { companyId: evaluation.companyId, productId: evaluation.product?.id ?? null, theme: evaluation.theme };
  const wanted = snapshotId ?? (evaluation.status === "validated" ? "latest-own" : null);
  let questionnaire = evaluation.questionnaire;
  let answers: Record<string, SnapshotAnswer> = snapshotAnswers(evaluation.answers);
  let result: QuestionnaireScore | null = null;
  let validated: { at: Date; by: string } | null = null;
  if (wanted) {
    const snapshots = await subjectSnapshots(db, subject);
    const snapshot = wanted === "latest-own" ? snapshots.find((s) => s.evaluationId === evaluation.id) : snapshots.find((s) => s.id === wanted);
    if (!snapshot) throw new NotFoundError("snapshot");
    questionnaire = loadQuestionnaire(evaluation.theme, snapshot.version);
    answers = snapshot.answers;
    result = snapshot.result;
    validated = { at: snapshot.validatedAt, by: snapshot.validatedBy };
  }
  result ??= scoreQuestionnaire(questionnaire, toScoringAnswers(questionnaire, answers));

  const t = translatorFor(locale);
  const e = (key: string, params?: Record<string, string | number>) => t(`evaluations.export.${key}` as never, params as never);
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(d);
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const yesNo = (b: boolean) => e(b ? "yes" : "no");
  const theme = t(`evaluations.themes.${evaluation.theme}` as never);
  const subjectName = evaluation.product ? productLabel(evaluation.product) : (user.companyName ?? "");
  const scoreById = new Map(result.requirements.map((r) => [r.id, r]));
  const levelLabel = (level: number) => questionnaire.scale.levels.find((l) => l.value === level)?.label[locale] ?? String(level);

  const rows: ExportRow[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const a = answers[item.id];
      const base = { section: section.title[locale], itemId: item.id, comment: a?.comment ?? "", evidence: [a?.evidenceName, a?.evidenceUrl].filter(Boolean).join(" ") };
      if (item.kind === "qualifier") {
        const value = a?.value ?? null;
        const optionLabel = (v: string) => (item.type === "boolean" ? v : (item.options.find((o) => o.value === v)?.label[locale] ?? v));
        const answer = value === null ? e("unanswered") : typeof value === "boolean" ? yesNo(value) : Array.isArray(value) ? value.map(optionLabel).join(" ; ") || e("noneSelected") : optionLabel(value);
        rows.push({ ...base, kind: e("qualifier"), label: item.question[locale], mandatory: "", applicable: e("yes"), answer, level: null, justification: "", plannedDate: "", score: null, target: "", targetMet: "" });
        continue;
      }
      const s = scoreById.get(item.id)!;
      const answer = !s.applicable ? e("notApplicable") : a?.notConcerned ? e("notConcerned") : a?.level !== null && a?.level !== undefined ? levelLabel(a.level) : e("unanswered");
      rows.push({
        ...base,
        kind: e("requirement"),
        label: item.title[locale],
        mandatory: yesNo(item.mandatory),
        applicable: yesNo(s.applicable),
        answer,
        level: s.level,
        justification: a?.notConcerned ? (a.justification ?? "") : "",
        plannedDate: a?.plannedDate ? day(a.plannedDate) : "",
        score: s.score === null ? null : s.score * 100,
        target: e("targetValue", { level: item.target.level, date: day(item.target.by) }),
        targetMet: s.targetMet === null ? "" : yesNo(s.targetMet),
      });
    }
  }

  const maturity = result.maturity ? result.maturity.label[locale] : e("noMaturity");
  const scoreText = result.score === null ? e("noScore") : String(round(result.score));
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
      [e("score"), scoreText],
      [e("maturity"), maturity],
      [e("compliant"), yesNo(result.compliant)],
      [e("progress"), e("progressValue", { answered: result.progress.answered, applicable: result.progress.applicable })],
    ],
    sections: questionnaire.sections.map((s) => {
      const sc = result.sections.find((x) => x.id === s.id);
      return { title: s.title[locale], score: round(sc?.score ?? null), progress: sc ? `${sc.progress.answered} / ${sc.progress.applicable}` : "" };
    }),
    gaps: result.gaps.map((g) => {
      const item = questionnaire.sections.flatMap((s) => s.items).find((i) => i.id === g.id);
      return { id: g.id, title: item?.kind === "requirement" ? item.title[locale] : g.id, mandatory: yesNo(g.mandatory), level: g.level, target: g.targetLevel, by: day(g.by) };
    }),
  };
}
