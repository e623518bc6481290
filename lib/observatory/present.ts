import type { createTranslator } from "next-intl";
import { formatQuarter } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ObservatoryStructure } from "./data";
import type { Figure, ObservatoryView } from "./types";

type Translator = ReturnType<typeof createTranslator>;

/** How a column's numbers read: a score out of 100, a share (0–1) or a count. */
export type ColumnKind = "text" | "score" | "percent" | "integer";
/** A cell: text, a number, or null for a figure not shown (« données insuffisantes »). */
export type TableCell = string | number | null;
export type ObservatoryTable = { id: string; title: string; columns: { label: string; kind: ColumnKind }[]; rows: TableCell[][] };

const value = (f: Figure): number | null => (f.suppressed ? null : f.value);
const companies = (f: Figure): number | null => (f.suppressed ? null : f.companies);
const products = (f: Figure): number | null => (f.suppressed ? null : f.products);

/**
 * The observatory as tables: what the page shows under each chart and, cell for cell, what the
 * CSV and XLSX exports contain, so that an export never holds a figure the page hides.
 */
export function observatoryTables(
  view: ObservatoryView,
  structure: ObservatoryStructure,
  locale: Locale,
  t: Translator,
): ObservatoryTable[] {
  const c = (key: string) => t(`observatory.columns.${key}` as never);
  const theme = (id: string) => t(`evaluations.themes.${id}` as never);
  const tables: ObservatoryTable[] = [];
  tables.push({
    id: "themes",
    title: t("observatory.tables.themes"),
    columns: [
      { label: c("theme"), kind: "text" },
      { label: c("average"), kind: "score" },
      { label: c("compliant"), kind: "percent" },
      { label: c("products"), kind: "integer" },
      { label: c("companies"), kind: "integer" },
    ],
    rows: view.themes.map((th) => [
      theme(th.theme),
      value(th.average),
      value(th.compliant),
      products(th.compliant),
      companies(th.compliant),
    ]),
  });
  tables.push({
    id: "levels",
    title: t("observatory.tables.levels"),
    columns: [
      { label: c("theme"), kind: "text" },
      { label: c("level"), kind: "text" },
      { label: c("products"), kind: "integer" },
    ],
    rows: view.themes.flatMap((th) => {
      const levels = structure[th.theme].questionnaire.levels;
      return th.levels.map((l) => [theme(th.theme), levels.find((x) => x.id === l.id)?.label[locale] ?? l.id, value(l.figure)]);
    }),
  });
  tables.push({
    id: "sections",
    title: t("observatory.tables.sections"),
    columns: [
      { label: c("theme"), kind: "text" },
      { label: c("section"), kind: "text" },
      { label: c("average"), kind: "score" },
    ],
    rows: view.themes.flatMap((th) => {
      const sections = structure[th.theme].questionnaire.sections;
      return th.sections.map((s) => [theme(th.theme), sections.find((x) => x.id === s.id)?.title[locale] ?? s.id, value(s.figure)]);
    }),
  });
  tables.push({
    id: "requirements",
    title: t("observatory.tables.requirements"),
    columns: [
      { label: c("theme"), kind: "text" },
      { label: c("requirement"), kind: "text" },
      { label: c("title"), kind: "text" },
      { label: c("average"), kind: "score" },
    ],
    rows: view.themes.flatMap((th) => {
      const items = structure[th.theme].questionnaire.sections.flatMap((s) => s.items);
      return th.requirements.map((r) => {
        const item = items.find((i) => i.id === r.id);
        return [theme(th.theme), r.id, item && "title" in item ? item.title[locale] : "", value(r.figure)];
      });
    }),
  });
  tables.push({
    id: "quarters",
    title: t("observatory.tables.quarters"),
    columns: [
      { label: c("quarter"), kind: "text" },
      { label: c("validated"), kind: "integer" },
    ],
    rows: view.quarters.map((q) => [formatQuarter(q.quarter, locale), value(q.figure)]),
  });
  const projection = view.projection;
  tables.push({
    id: "projection",
    title: t("observatory.tables.projection"),
    columns: [
      { label: c("quarter"), kind: "text" },
      ...projection.themes.map((th) => ({
        label: t("observatory.columns.projectedCompliant", { theme: theme(th.theme) }),
        kind: "percent" as const,
      })),
    ],
    rows: projection.quarters.map((q, i) => [formatQuarter(q, locale), ...projection.themes.map((th) => value(th.points[i].figure))]),
  });
  return tables;
}
