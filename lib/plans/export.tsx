import { Document, Page, renderToBuffer } from "@react-pdf/renderer";
import writeXlsxFile from "write-excel-file/node";
import { csvFile } from "@/lib/exports/csv";
import { boldCell, dayCell, integerCell, numberCell, textCell } from "@/lib/exports/xlsx";
import { formatDate, formatDateTime, formatQuarter, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { Heading, Pairs, pdfStyles, ReportFrame, Table } from "@/lib/pdf/parts";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf } from "@/lib/questionnaires/schema";
import { productLabelIn } from "@/lib/products/label-in";
import type { PlanView } from "./load";
import type { PlanLine } from "./model";

// The plan's exports: one set of rows, written as CSV (text), XLSX (typed cells) and a PDF
// report, in the reader's language with French or English number and date formats.

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type PlanExport = {
  locale: Locale;
  title: string;
  subject: string;
  fileStem: string;
  columns: string[];
  lines: (PlanLine & { title: string; owner: string })[];
  view: PlanView;
  t: Translate;
};

export function planExport(view: PlanView, locale: Locale): PlanExport {
  const tr = translatorFor(locale) as unknown as Translate;
  const t: Translate = (key, values) => tr(`plans.${key}`, values);
  const subject = view.product ? productLabelIn(locale, view.product) : view.companyName;
  const owners = new Map(view.owners.map((o) => [o.id, o.name]));
  const titles = new Map<string, string>();
  for (const theme of view.themes)
    for (const r of requirementsOf(loadQuestionnaire(theme.theme, theme.version))) titles.set(r.id, r.title[locale]);
  const lines = view.themes.flatMap((th) =>
    th.lines.map((l) => ({
      ...l,
      title: titles.get(l.requirementId) ?? "",
      owner: l.ownerId ? (owners.get(l.ownerId) ?? t("formerOwner")) : t("noOwner"),
    })),
  );
  const slug = subject
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return {
    locale,
    title: view.product ? t("title") : t("strategyTitle"),
    subject,
    fileStem: `plan-${slug}-${view.today}`,
    columns: [
      t("export.theme"),
      t("columns.requirement"),
      t("export.title"),
      t("export.mandatory"),
      t("columns.current"),
      t("export.target"),
      t("export.deadline"),
      t("columns.planned"),
      t("columns.quarter"),
      t("columns.owner"),
      t("columns.state"),
      t("columns.note"),
    ],
    lines,
    view,
    t,
  };
}

const themeName = (data: PlanExport, theme: string) => (translatorFor(data.locale) as unknown as Translate)(`evaluations.themes.${theme}`);

export function planCsv(data: PlanExport): string {
  const { t, locale } = data;
  return csvFile([
    data.columns,
    ...data.lines.map((l) => [
      themeName(data, l.theme),
      l.requirementId,
      l.title,
      l.mandatory ? t("mandatory") : t("optional"),
      l.currentLevel,
      l.targetLevel,
      formatDate(l.deadline, locale, "short"),
      l.plannedLevel,
      formatQuarter(l.plannedQuarter, locale),
      l.owner,
      t(`states.${l.state}`),
      l.note ?? "",
    ]),
  ]);
}

export async function planXlsx(data: PlanExport): Promise<Buffer> {
  const { t, locale } = data;
  const rows = [
    data.columns.map(boldCell),
    ...data.lines.map((l) => [
      textCell(themeName(data, l.theme)),
      textCell(l.requirementId),
      textCell(l.title, true),
      textCell(l.mandatory ? t("mandatory") : t("optional")),
      integerCell(l.currentLevel),
      integerCell(l.targetLevel),
      dayCell(l.deadline),
      integerCell(l.plannedLevel),
      textCell(formatQuarter(l.plannedQuarter, locale)),
      textCell(l.owner),
      textCell(t(`states.${l.state}`)),
      textCell(l.note, true),
    ]),
  ];
  const curves = [
    [boldCell(t("export.theme")), boldCell(t("chart.quarter")), boldCell(t("chart.score")), boldCell(t("chart.compliant"))],
    ...data.view.themes.flatMap((th) =>
      th.curve.map((p) => [
        textCell(themeName(data, th.theme)),
        textCell(formatQuarter(p.quarter, locale)),
        numberCell(p.score),
        textCell(p.compliant ? t("chart.yes") : t("chart.no")),
      ]),
    ),
  ];
  return writeXlsxFile([
    {
      data: rows,
      sheet: t("export.sheetLines").slice(0, 31),
      columns: [14, 14, 50, 12, 10, 10, 12, 10, 10, 22, 18, 40].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      data: curves,
      sheet: t("export.sheetCurves").slice(0, 31),
      columns: [20, 12, 14, 10].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ]).toBuffer();
}

function compliance(data: PlanExport, value: string | null | undefined): string {
  const { t, locale, view } = data;
  if (value === undefined || value === "unknown") return t("compliance.unknown", { count: view.missing.length });
  if (value === null) return t("compliance.never");
  return value === "now" ? t("compliance.now") : t("compliance.from", { quarter: formatQuarter(value, locale) });
}

function PlanReport({ data }: { data: PlanExport }) {
  const { t, locale, view } = data;
  const last = view.history[0];
  const validated =
    last && last.planRevision === view.revision
      ? t("status.validated", { date: formatDateTime(last.validatedAt, locale), name: last.validatedByName })
      : t("status.draft");
  const byQuarter = [...data.lines].sort((a, b) =>
    a.plannedQuarter < b.plannedQuarter ? -1 : a.plannedQuarter > b.plannedQuarter ? 1 : 0,
  );
  return (
    <Document title={`${data.title} — ${data.subject}`} author="Convergence" language={locale} subject={data.subject}>
      <Page size="A4" orientation="landscape" style={pdfStyles.page}>
        <ReportFrame
          title={data.title}
          subtitle={`${view.companyName} — ${data.subject}`}
          footer={`${data.title} — ${formatDate(view.today, locale)}`}
        >
          <Heading>{t("compliance.heading")}</Heading>
          <Pairs
            pairs={[
              [t("export.date"), formatDate(view.today, locale)],
              [t("export.validation"), validated],
              [view.product ? t("export.product") : t("export.strategy"), compliance(data, view.compliantFrom)],
              ...view.themes.map((th): [string, string] => [
                themeName(data, th.theme),
                `${t("export.currentScore", { score: th.currentScore === null ? "—" : formatScore(th.currentScore, locale) })} — ${compliance(data, th.compliantFrom)}`,
              ]),
            ]}
          />
          <Heading>{t("export.byQuarter")}</Heading>
          <Table
            columns={[
              { header: t("columns.quarter"), width: 60 },
              { header: t("columns.requirement"), width: 80 },
              { header: t("export.title") },
              { header: t("columns.current"), width: 50 },
              { header: t("columns.planned"), width: 50 },
              { header: t("columns.owner"), width: 100 },
              { header: t("columns.state"), width: 90 },
            ]}
            rows={byQuarter.map((l) => [
              formatQuarter(l.plannedQuarter, locale),
              l.requirementId,
              l.title,
              String(l.currentLevel),
              String(l.plannedLevel),
              l.owner,
              t(`states.${l.state}`),
            ])}
          />
          {view.themes.map((th) => (
            <Curve key={th.theme} data={data} theme={th.theme} />
          ))}
        </ReportFrame>
      </Page>
    </Document>
  );
}

function Curve({ data, theme }: { data: PlanExport; theme: string }) {
  const { t, locale, view } = data;
  const th = view.themes.find((x) => x.theme === theme)!;
  return (
    <>
      <Heading>{t("chart.title", { theme: themeName(data, theme) })}</Heading>
      <Table
        columns={[{ header: t("chart.quarter"), width: 80 }, { header: t("chart.score"), width: 160 }, { header: t("chart.compliant") }]}
        rows={th.curve.map((p) => [
          formatQuarter(p.quarter, locale),
          p.score === null ? "—" : formatScore(p.score, locale),
          p.compliant ? t("chart.yes") : t("chart.no"),
        ])}
      />
    </>
  );
}

export async function planPdf(data: PlanExport): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<PlanReport data={data} />);
}
