"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import type { TableQuery } from "@/lib/tables/query";
import type { Member } from "@/lib/team/members";
import { RightsSummaryText } from "./rights-summary";

export function MembersTable({ rows, total, query }: { rows: Member[]; total: number; query: TableQuery<string> }) {
  const t = useTranslations("team");
  const tRoles = useTranslations("roles");
  const locale = parseLocale(useLocale());
  const columns: DataColumn<Member>[] = [
    {
      id: "name",
      header: () => t("columns.name"),
      cell: ({ row }) => (
        <Link href={`/team/${row.original.id}`}>
          {row.original.firstName} {row.original.lastName}
        </Link>
      ),
    },
    { id: "username", enableSorting: false, header: () => t("columns.username"), cell: ({ row }) => row.original.username },
    { id: "role", header: () => t("columns.role"), cell: ({ row }) => tRoles(row.original.companyRole) },
    { id: "status", header: () => t("columns.status"), cell: ({ row }) => t(`status.${row.original.status}`) },
    {
      id: "lastLogin",
      header: () => t("columns.lastLogin"),
      cell: ({ row }) => (row.original.lastLoginAt ? formatDateTime(row.original.lastLoginAt, locale, "medium") : t("neverSignedIn")),
    },
    {
      id: "rights",
      enableSorting: false,
      header: () => t("columns.rights"),
      cell: ({ row }) => <RightsSummaryText rights={row.original.rights} />,
    },
  ];
  return (
    <DataTable
      caption={t("tableCaption")}
      columns={columns}
      rows={rows}
      total={total}
      query={query}
      rowKey={(m) => m.id}
      emptyMessage={t("empty")}
    />
  );
}
