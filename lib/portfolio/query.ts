import { compareQuarters } from "@/lib/format";
import { parseFilter, parseTableQuery, type TableQuery } from "@/lib/tables/query";
import type { Theme } from "@/lib/questionnaires/schema";
import { EVALUATION_STATES, PLAN_STATES, type EvaluationState, type PlanState, type PortfolioRow } from "./model";

export const PORTFOLIO_SORTS = ["product", "theme", "score", "evaluation", "plan", "compliance", "late"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

export type PortfolioFilters = { theme: Theme | ""; evaluation: EvaluationState | ""; plan: PlanState | ""; late: boolean };

type Params = Record<string, string | string[] | undefined>;

/** The table's state from the URL (decision 0006): page, size, sort, dir, q and the portfolio's filters. */
export function parsePortfolioQuery(
  params: Params,
  themes: readonly Theme[],
): { query: TableQuery<PortfolioSort>; filters: PortfolioFilters } {
  const query = parseTableQuery(params, { sortable: PORTFOLIO_SORTS, defaultSort: "product" });
  return {
    query,
    filters: {
      theme: parseFilter(params, "theme", themes),
      evaluation: parseFilter(params, "evaluation", EVALUATION_STATES),
      plan: parseFilter(params, "plan", PLAN_STATES),
      late: parseFilter(params, "late", ["1"]) === "1",
    },
  };
}

export function isFiltered(query: TableQuery<string>, filters: PortfolioFilters): boolean {
  return Boolean(query.q || filters.theme || filters.evaluation || filters.plan || filters.late);
}

/**
 * Filters, sorts and cuts one page of the company's rows on the server. The rows are bounded
 * by the company's products × themes (computed in memory: projections are not SQL), so the
 * browser receives one page only. Ties fall back to product then theme, so paging is stable.
 */
export function pagePortfolio(
  rows: PortfolioRow[],
  query: TableQuery<PortfolioSort>,
  filters: PortfolioFilters,
): { rows: PortfolioRow[]; total: number } {
  const needle = fold(query.q);
  const kept = rows.filter(
    (r) =>
      (!needle || searchText(r).includes(needle)) &&
      (!filters.theme || r.theme === filters.theme) &&
      (!filters.evaluation || r.evaluation.state === filters.evaluation) &&
      (!filters.plan || r.plan.state === filters.plan) &&
      (!filters.late || r.late > 0),
  );
  const sign = query.dir === "desc" ? -1 : 1;
  const byKey = SORTERS[query.sort];
  kept.sort((a, b) => {
    const nulls = nullsLast(query.sort, a, b);
    return nulls || sign * byKey(a, b) || a.productRank - b.productRank || a.themeRank - b.themeRank;
  });
  const start = (query.page - 1) * query.size;
  return { rows: kept.slice(start, start + query.size), total: kept.length };
}

const STATE_RANK = { not_started: 0, none: 0, draft: 1, validated: 2 } as const;

const SORTERS: Record<PortfolioSort, (a: PortfolioRow, b: PortfolioRow) => number> = {
  product: (a, b) => a.productRank - b.productRank,
  theme: (a, b) => a.themeRank - b.themeRank,
  score: (a, b) => (a.score ?? 0) - (b.score ?? 0),
  evaluation: (a, b) => STATE_RANK[a.evaluation.state] - STATE_RANK[b.evaluation.state],
  plan: (a, b) => STATE_RANK[a.plan.state] - STATE_RANK[b.plan.state] || time(a.plan.validatedAt) - time(b.plan.validatedAt),
  // Earliest compliance first: already compliant, then by quarter, then never.
  compliance: (a, b) => complianceRank(a) - complianceRank(b) || compareQuarters(quarterOr(a), quarterOr(b)),
  late: (a, b) => a.late - b.late,
};

/** Rows with nothing to sort on (no score, not evaluated) stay at the end in both directions. */
function nullsLast(sort: PortfolioSort, a: PortfolioRow, b: PortfolioRow): number {
  const missing = (r: PortfolioRow) => (sort === "score" ? r.score === null : sort === "compliance" ? r.compliance === null : false);
  return Number(missing(a)) - Number(missing(b));
}

const complianceRank = (r: PortfolioRow) => (r.compliance === "now" ? 0 : r.compliance === "never" ? 2 : r.compliance === null ? 3 : 1);
const quarterOr = (r: PortfolioRow) => (complianceRank(r) === 1 ? r.compliance! : "2000-T1");
const time = (d: Date | null) => d?.getTime() ?? 0;

/** Case- and accent-insensitive, as a person types a product's name. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

function searchText(r: PortfolioRow): string {
  const p = r.product;
  return fold([p.name, p.version, p.os, p.device, p.commercialName ?? ""].join(" "));
}
