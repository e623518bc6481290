"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import type { TableQuery } from "@/lib/tables/query";

export type RequestRowView = {
  id: string;
  reference: string;
  status: string;
  statusLabel: string;
  siren: string;
  legalName: string;
  requesterName: string;
  email: string;
  submitted: string;
  age: string;
  overdue: boolean;
};

/** The operator's queue: columns only; sorting, filters and pages are done by the server. */
export function RequestsTable({ rows, total, query }: { rows: RequestRowView[]; total: number; query: TableQuery<string> }) {
  const t = useTranslations("operatorRequests");
  const columns: DataColumn<RequestRowView>[] = [
    {
      id: "reference",
      header: t("columns.reference"),
      cell: ({ row }) => (
        <Link href={`/operator/requests/${row.original.id}`} className="font-medium whitespace-nowrap">
          {row.original.reference}
        </Link>
      ),
    },
    {
      id: "company",
      header: t("columns.company"),
      cell: ({ row }) => (
        <>
          <span className="block">{row.original.legalName}</span>
          <span className="block text-sm text-ink-soft">SIREN {row.original.siren}</span>
        </>
      ),
    },
    {
      id: "requester",
      header: t("columns.requester"),
      cell: ({ row }) => (
        <>
          <span className="block">{row.original.requesterName}</span>
          <span className="block text-sm break-all text-ink-soft">{row.original.email}</span>
        </>
      ),
    },
    {
      id: "status",
      header: t("columns.status"),
      cell: ({ row }) => (
        <>
          <span className="block">{row.original.statusLabel}</span>
          {/* Said in words, not by colour alone. */}
          {row.original.overdue && (
            <span className="mt-1 inline-block border-l-4 border-warning bg-warning-light px-2 text-sm font-medium">{t("overdue")}</span>
          )}
        </>
      ),
    },
    {
      id: "submitted",
      header: t("columns.submitted"),
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.submitted}</span>,
    },
    { id: "age", header: t("columns.age"), enableSorting: false, cell: ({ row }) => row.original.age },
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
