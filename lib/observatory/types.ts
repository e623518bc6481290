// The observatory's vocabulary, shared by the aggregation, the page and the exports.

export const PRODUCT_THEMES = ["interoperability", "security", "urbanisation"] as const;
export type ProductTheme = (typeof PRODUCT_THEMES)[number];

/** Below this many distinct companies a figure is not shown ("données insuffisantes"). */
export const MIN_COMPANIES = 5;

/** What the filters look at, and whose figure it is: one product on one theme. */
export type Filterable = {
  companyId: string;
  productId: string;
  theme: ProductTheme;
  version: string;
  kind: "base" | "option";
  device: string;
  os: string;
  listed: boolean;
  /** "YYYY-MM-DD", Paris day of validation. */
  validatedOn: string;
};

/** The latest validated evaluation of one product on one theme, reduced to what is counted. */
export type Observation = Filterable & {
  score: number | null;
  maturity: string | null;
  compliant: boolean;
  /** Section id → score 0–100 (sections that count only). */
  sections: Record<string, number>;
  /** Requirement id → score 0–1 (requirements that count only). */
  requirements: Record<string, number>;
};

export const FILTER_KEYS = ["kind", "device", "os", "listed", "version", "from", "to"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ObservatoryFilters = Record<FilterKey, string>;

/** A figure as shown: a suppressed one carries no number at all, not even its group size. */
export type Figure = { suppressed: true } | { suppressed: false; value: number; products: number; companies: number };

export type ThemeView = {
  theme: ProductTheme;
  average: Figure;
  compliant: Figure;
  levels: { id: string; figure: Figure }[];
  sections: { id: string; figure: Figure }[];
  requirements: { id: string; figure: Figure }[];
};

/** The figures drawn from validated evaluations. */
export type EvaluationView = { themes: ThemeView[]; quarters: { quarter: string; figure: Figure }[] };

/**
 * One theme of a product's latest validated plan, reduced to its projected compliance by
 * quarter (the curve frozen at validation; never the plan's lines). `validatedOn` and
 * `version` are the plan's validation day and the theme's questionnaire version.
 */
export type PlanObservation = Filterable & { curve: { quarter: string; compliant: boolean }[] };

/** Per theme and quarter, the share of products (with a validated plan) projected compliant. */
export type ProjectionView = {
  quarters: string[];
  themes: { theme: ProductTheme; points: { quarter: string; figure: Figure }[] }[];
};

export type ObservatoryView = EvaluationView & { projection: ProjectionView };
