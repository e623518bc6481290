"use client";

import { useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import type { TableQuery } from "@/lib/tables/query";

export type AuditRowView = {
  id: string;
  at: string;
  atIso: string;
  sentence: string;
  actor: string;
  company: string;
  action: string;
  ip: string;
};

/** The audit trail: columns only; filters, sorting and pages are done by the server. */
export function AuditTable({ rows, total, query }: { rows: AuditRowView[]; total: number; query: TableQuery<string> }) {
  const t = useTranslations("audit");
  const columns: DataColumn<AuditRowView>[] = [
    {
      id: "at",
      header: t("columns.at"),
      cell: ({ row }) => (
        <time dateTime={row.original.atIso} className="whitespace-nowrap">
          {row.original.at}
        </time>
      ),
    },
    {
      id: "event",
      header: t("columns.event"),
      enableSorting: false,
      cell: ({ row }) => (
        <>
          <span className="block">{row.original.sentence}</span>
          <span className="block text-sm text-ink-soft">{row.original.action}</span>
        </>
      ),
    },
    {
      id: "actor",
      header: t("columns.actor"),
      enableSorting: false,
      cell: ({ row }) => <span className="break-all">{row.original.actor}</span>,
    },
    { id: "company", header: t("columns.company"), enableSorting: false, cell: ({ row }) => row.original.company },
    { id: "ip", header: t("columns.ip"), enableSorting: false, cell: ({ row }) => row.original.ip },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      total={total}
      query={query}
      rowKey={(r) => r.id}
      emptyMessage={t("empty")}
    />
  );
}
