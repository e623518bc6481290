import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterSelect, TableFilters } from "@/components/data-table/table-filters";
import { buttonClass } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { PRODUCT_KINDS, PRODUCT_STATUSES } from "@/lib/products/choices";
import { canCreateProducts, listProducts, PRODUCT_SORTS } from "@/lib/products/queries";
import { parseFilter, parseTableQuery } from "@/lib/tables/query";
import { guarded } from "@/lib/pages/guarded";
import { ProductsTable } from "./_components/products-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/products");
  const params = await searchParams;
  const query = parseTableQuery(params, { sortable: PRODUCT_SORTS, defaultSort: "name" });
  const filters = { kind: parseFilter(params, "kind", PRODUCT_KINDS), status: parseFilter(params, "status", PRODUCT_STATUSES) };
  const [result, canCreate] =
    (await guarded(Promise.all([listProducts(getDb(), user, query, filters), canCreateProducts(getDb(), user)]))) ?? [];
  if (!result) return <Forbidden />;
  const t = await getTranslations("products");
  const searched = Boolean(query.q || filters.kind || filters.status);
  const keep = Object.fromEntries(
    ["sort", "dir", "size"].flatMap((k) => (typeof params[k] === "string" ? [[k, params[k] as string]] : [])),
  );

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      {user.companyRole === "contributor" && <p className="mt-2 text-ink-soft">{t("introContributor")}</p>}
      {canCreate && (
        <p className="mt-6">
          <Link href="/products/new" className={buttonClass("primary")}>
            {t("create")}
          </Link>
        </p>
      )}
      {searched || result.total > 0 ? (
        <>
          <TableFilters
            action="/products"
            searchLabel={t("list.search")}
            searchHint={t("list.searchHint")}
            q={query.q}
            applyLabel={t("list.apply")}
            resetLabel={t("list.reset")}
            keep={keep}
          >
            <FilterSelect
              name="kind"
              label={t("list.kind")}
              value={filters.kind}
              allLabel={t("list.all")}
              options={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            />
            <FilterSelect
              name="status"
              label={t("list.status")}
              value={filters.status}
              allLabel={t("list.all")}
              options={PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
          </TableFilters>
          <ProductsTable rows={result.rows} total={result.total} query={query} />
          {result.total === 0 && (
            <p className="mt-2">
              <Link href="/products">{t("list.emptyReset")}</Link>
            </p>
          )}
        </>
      ) : (
        // Nothing yet is not "nothing matches": say why the list is empty and what to do.
        <div className="mt-8 border-l-4 border-info bg-info-light p-4" data-testid="products-none-yet">
          {user.companyRole === "contributor" ? (
            <p>{t("list.noneAccessible")}</p>
          ) : (
            <>
              <p className="font-medium">{t("list.noneYet")}</p>
              <p className="mt-2">{t(canCreate ? "list.noneYetCreate" : "list.noneYetAsk")}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
