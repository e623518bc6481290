"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import { dayInParis, formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import type { ProductRow } from "@/lib/products/queries";
import type { TableQuery } from "@/lib/tables/query";
import { deviceLabel, osLabel } from "@/lib/products/label";
import { StatusTag } from "./status-tag";

export function ProductsTable({ rows, total, query }: { rows: ProductRow[]; total: number; query: TableQuery<string> }) {
  const t = useTranslations("products");
  const locale = parseLocale(useLocale());
  const columns: DataColumn<ProductRow>[] = [
    {
      id: "name",
      header: () => t("list.columns.name"),
      cell: ({ row: { original: p } }) => (
        <>
          <Link href={`/products/${p.id}`} className="font-medium">
            {p.name}
          </Link>
          {p.commercialName && p.commercialName !== p.name && <span className="block text-sm text-ink-soft">{p.commercialName}</span>}
        </>
      ),
    },
    {
      id: "version",
      header: () => t("list.columns.version"),
      cell: ({ row: { original: p } }) => (
        <>
          {p.version}
          {p.edition && <span className="block text-sm text-ink-soft">{t("list.edition", { edition: p.edition })}</span>}
        </>
      ),
    },
    { id: "os", header: () => t("list.columns.os"), cell: ({ row }) => osLabel(t, row.original.os) },
    { id: "device", header: () => t("list.columns.device"), cell: ({ row }) => deviceLabel(t, row.original.device) },
    { id: "kind", header: () => t("list.columns.kind"), cell: ({ row }) => t(`kinds.${row.original.kind}`) },
    {
      id: "status",
      header: () => t("list.columns.status"),
      cell: ({ row }) => <StatusTag status={row.original.status} label={t(`statuses.${row.original.status}`)} />,
    },
    {
      id: "updatedAt",
      header: () => t("list.columns.updatedAt"),
      cell: ({ row }) => formatDate(dayInParis(row.original.updatedAt), locale, "medium"),
    },
  ];
  return (
    <DataTable
      caption={t("list.caption")}
      columns={columns}
      rows={rows}
      total={total}
      query={query}
      rowKey={(p) => p.id}
      emptyMessage={t("list.empty")}
    />
  );
}
