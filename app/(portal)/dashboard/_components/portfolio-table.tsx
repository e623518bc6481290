"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import type { TableQuery } from "@/lib/tables/query";

/** One portfolio row as the server words it: the browser only lays it out. */
export type PortfolioCells = {
  key: string;
  product: { label: string; href: string; commercialName: string | null };
  theme: string;
  score: { text: string; level: string | null; draft: string | null };
  evaluation: { text: string; href: string | null; linkLabel: string };
  plan: { text: string; href: string; linkLabel: string };
  compliance: string;
  late: number;
};

const SR = "sr-only";

export function PortfolioTable({ rows, total, query }: { rows: PortfolioCells[]; total: number; query: TableQuery<string> }) {
  const t = useTranslations("dashboard.portfolio.table");
  const columns: DataColumn<PortfolioCells>[] = [
    {
      id: "product",
      header: () => t("columns.product"),
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={r.product.href} className="font-medium">
            {r.product.label}
          </Link>
          {r.product.commercialName && <span className="block text-sm text-ink-soft">{r.product.commercialName}</span>}
        </>
      ),
    },
    { id: "theme", header: () => t("columns.theme"), cell: ({ row }) => row.original.theme },
    {
      id: "score",
      header: () => t("columns.score"),
      cell: ({ row: { original: r } }) => (
        <>
          <span className="font-medium">{r.score.text}</span>
          {r.score.level && <span className="block text-sm">{r.score.level}</span>}
          {r.score.draft && <span className="block text-sm text-ink-soft">({r.score.draft})</span>}
        </>
      ),
    },
    {
      id: "evaluation",
      header: () => t("columns.evaluation"),
      cell: ({ row: { original: r } }) =>
        r.evaluation.href ? (
          <Link href={r.evaluation.href}>
            {r.evaluation.text}
            <span className={SR}> — {r.evaluation.linkLabel}</span>
          </Link>
        ) : (
          r.evaluation.text
        ),
    },
    {
      id: "plan",
      header: () => t("columns.plan"),
      cell: ({ row: { original: r } }) => (
        <Link href={r.plan.href}>
          {r.plan.text}
          <span className={SR}> — {r.plan.linkLabel}</span>
        </Link>
      ),
    },
    { id: "compliance", header: () => t("columns.compliance"), cell: ({ row }) => row.original.compliance },
    {
      id: "late",
      header: () => t("columns.late"),
      cell: ({ row: { original: r } }) => (r.late > 0 ? <strong className="text-error">{r.late}</strong> : r.late),
    },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      total={total}
      query={query}
      rowKey={(r) => r.key}
      emptyMessage={t("empty")}
    />
  );
}
