import { dayToDate } from "@/lib/format";
import { DIGEST_HORIZON_DAYS } from "@/lib/plans/daily-job";
import { buildThemePlan, type ThemePlan } from "@/lib/plans/model";
import type { Theme, Threshold } from "@/lib/questionnaires/schema";
import type { AccessibleProduct } from "@/lib/rights/accessible-products";
import { scoreQuestionnaire } from "@/lib/scoring/score";
import { subjectKey, type SubjectData } from "./subjects";

// Pure: from the subjects' plan inputs to the portfolio's rows and the "what needs me" lists,
// through the plan page's own functions (buildThemePlan), so both always agree.

export const EVALUATION_STATES = ["not_started", "draft", "validated"] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];
export const PLAN_STATES = ["none", "draft", "validated"] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** A theme's projected compliance: "now", a quarter ("2027-T3"), "never" as planned, or null (nothing to plan from). */
export type Compliance = "now" | "never" | string | null;

export type PortfolioRow = {
  key: string;
  product: AccessibleProduct;
  /** The product's rank in the company's product order (name, version, OS, device). */
  productRank: number;
  theme: Theme;
  themeRank: number;
  /** Where the score comes from: the latest validated evaluation, the draft, or nothing. */
  source: "validated" | "draft" | null;
  score: number | null;
  maturity: Threshold["label"] | null;
  evaluation: { state: EvaluationState; id: string | null };
  plan: { state: PlanState; validatedAt: Date | null };
  compliance: Compliance;
  late: number;
};

export type SubjectRef = { productId: string | null };

export type NeedItem =
  | { kind: "evaluation-draft"; productId: string | null; theme: Theme; evaluationId: string }
  | { kind: "plan-draft"; productId: string | null }
  | { kind: "late"; productId: string | null; theme: Theme; requirementId: string; plannedQuarter: string }
  | { kind: "deadline"; productId: string | null; theme: Theme; requirementId: string; deadline: string };

export type Needs = {
  drafts: Extract<NeedItem, { kind: "evaluation-draft" | "plan-draft" }>[];
  late: Extract<NeedItem, { kind: "late" }>[];
  deadlines: Extract<NeedItem, { kind: "deadline" }>[];
};

export type Viewer = {
  userId: string;
  isResponsable: boolean;
  /** Whether the user may validate on a subject (product id, or null for the strategy). */
  canValidate: (productId: string | null) => boolean;
};

/** The plan state the plan page shows: validated when its last validation is of the current revision. */
export function planState(data: Pick<SubjectData, "plan" | "lastValidation">): PortfolioRow["plan"] {
  if (!data.plan) return { state: "none", validatedAt: null };
  const last = data.lastValidation;
  return last && last.planRevision === data.plan.revision
    ? { state: "validated", validatedAt: last.validatedAt }
    : { state: "draft", validatedAt: null };
}

/**
 * Rows for every product × product theme, and the user's "what needs me", for `today`
 * (YYYY-MM-DD, Paris). `products` come in the company's product order.
 */
export function buildPortfolio(
  products: AccessibleProduct[],
  subjects: Map<string, SubjectData>,
  themes: Theme[],
  viewer: Viewer,
  today: string,
): { rows: PortfolioRow[]; needs: Needs } {
  const rows: PortfolioRow[] = [];
  const needs: Needs = { drafts: [], late: [], deadlines: [] };
  const horizon = new Date(dayToDate(today).getTime() + DIGEST_HORIZON_DAYS * 86_400_000).toISOString().slice(0, 10);

  const plansOf = new Map<string, ThemePlan[]>();
  for (const [key, data] of subjects)
    plansOf.set(
      key,
      data.starts.map((s) => buildThemePlan(s, data.stored, today)),
    );

  products.forEach((product, productRank) => {
    const data = subjects.get(subjectKey(product.id));
    if (!data) return;
    const plans = plansOf.get(subjectKey(product.id))!;
    const plan = planState(data);
    themes.forEach((theme, themeRank) => {
      const start = data.starts.find((s) => s.theme === theme);
      const themePlan = plans.find((p) => p.theme === theme);
      const evaluation = data.current.find((e) => e.theme === theme);
      const scored = start ? scoreQuestionnaire(start.questionnaire, start.answers) : null;
      rows.push({
        key: `${product.id}:${theme}`,
        product,
        productRank,
        theme,
        themeRank,
        source: start?.source ?? null,
        score: scored?.score ?? null,
        maturity: scored?.maturity?.label ?? null,
        evaluation: { state: evaluation?.status ?? "not_started", id: evaluation?.id ?? null },
        plan,
        compliance: themePlan ? (themePlan.compliantFrom ?? "never") : null,
        late: themePlan?.lines.filter((l) => l.state === "late").length ?? 0,
      });
    });
  });

  for (const [, data] of subjects) {
    const productId = data.subject.productId;
    if (viewer.canValidate(productId)) {
      for (const e of data.current) {
        if (e.status === "draft") needs.drafts.push({ kind: "evaluation-draft", productId, theme: e.theme, evaluationId: e.id });
      }
      // A plan with nothing to plan from cannot be validated: it waits for an evaluation, not for the user.
      if (planState(data).state === "draft" && data.starts.length > 0) needs.drafts.push({ kind: "plan-draft", productId });
    }
    for (const themePlan of plansOf.get(subjectKey(productId))!) {
      for (const line of themePlan.lines) {
        const at = { productId, theme: themePlan.theme, requirementId: line.requirementId };
        if (line.state === "late" && (viewer.isResponsable || line.ownerId === viewer.userId)) {
          needs.late.push({ kind: "late", ...at, plannedQuarter: line.plannedQuarter });
        }
        // As the daily digest counts them: not reached, Doctrine deadline within the horizon.
        if (line.state !== "done" && line.deadline >= today && line.deadline <= horizon) {
          needs.deadlines.push({ kind: "deadline", ...at, deadline: line.deadline });
        }
      }
    }
  }
  needs.late.sort((a, b) => cmp(a.plannedQuarter, b.plannedQuarter) || cmp(a.requirementId, b.requirementId));
  needs.deadlines.sort((a, b) => cmp(a.deadline, b.deadline) || cmp(a.requirementId, b.requirementId));
  return { rows, needs };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
