"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { withParams, type TableQuery } from "@/lib/tables/query";

export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataColumn<T extends RowData> = ColumnDef<typeof dataTableFeatures, T>;

type Props<T extends RowData> = {
  caption: string;
  columns: DataColumn<T>[];
  rows: T[];
  total: number;
  query: TableQuery<string>;
  rowKey: (row: T) => string;
  emptyMessage: string;
};

/**
 * A server-driven table: sorting and pagination live in the URL and are applied by the
 * database; TanStack Table provides the header and row models. Sort headers and pages are
 * links, so every state is reachable by keyboard, shareable, and works without JavaScript.
 */
export function DataTable<T extends RowData>({ caption, columns, rows, total, query, rowKey, emptyMessage }: Props<T>) {
  const t = useTranslations("table");
  const pathname = usePathname();
  const current = Object.fromEntries(useSearchParams().entries());
  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: rowKey,
    rowCount: total,
    manualSorting: true,
    manualPagination: true,
    state: { sorting, pagination: { pageIndex: query.page - 1, pageSize: query.size } },
  });
  const pages = Math.max(1, Math.ceil(total / query.size));
  const from = total === 0 ? 0 : (query.page - 1) * query.size + 1;
  const to = Math.min(total, query.page * query.size);

  return (
    <div>
      <p className="text-sm text-ink-soft" role="status">
        {t("summary", { from, to, total })}
      </p>
      {/* relative: the sr-only spans (absolutely placed) stay inside the scroll box instead of widening the page. */}
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="border-b-2 border-ink">
                {group.headers.map((header) => {
                  const sortable = header.column.columnDef.enableSorting !== false;
                  const active = query.sort === header.column.id;
                  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="py-2 pr-4 align-bottom"
                      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                    >
                      {header.isPlaceholder ? null : sortable ? (
                        <Link
                          href={withParams(pathname, current, { sort: header.column.id, dir: nextDir, page: null })}
                          className="text-ink"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{active ? (query.dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
                          <span className="sr-only"> — {t(nextDir === "asc" ? "sortAsc" : "sortDesc")}</span>
                        </Link>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="py-4 text-ink-soft">
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="border-b border-line hover:bg-surface-alt">
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="py-2 pr-4 align-top">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3">
          {query.page > 1 && <Link href={withParams(pathname, current, { page: query.page - 1 })}>{t("previous")}</Link>}
          <span aria-current="page">{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages && <Link href={withParams(pathname, current, { page: query.page + 1 })}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
