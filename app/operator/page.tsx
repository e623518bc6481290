import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FilterSelect, TableFilters } from "@/components/data-table/table-filters";
import { Forbidden } from "@/components/ui/forbidden";
import Link from "next/link";
import { countByStatus, listAccountRequests, parseQueueQuery } from "@/lib/account-requests/queue";
import { REQUEST_STATUSES } from "@/lib/account-requests/schema";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { RequestsTable } from "./_components/requests-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operatorRequests"))("title") };
}

/** The operators' queue of account requests. */
export default async function OperatorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/operator");
  if (user.agencyRole !== "operator") return <Forbidden />;
  const params = await searchParams;
  const { query, filters } = parseQueueQuery(params);
  // getFormatter only for relativeTime ("3 days ago"), which lib/format does not cover.
  const [t, tt, format, locale, { rows, total }, counts] = await Promise.all([
    getTranslations("operatorRequests"),
    getTranslations("table"),
    getFormatter(),
    getLocale().then(parseLocale),
    listAccountRequests(user, query, filters),
    countByStatus(user),
  ]);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const now = new Date();
  const view = rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    statusLabel: t(`status.${r.status}`),
    siren: r.siren,
    legalName: r.legalName,
    requesterName: r.requesterName,
    email: r.email,
    submitted: formatDateTime(r.createdAt, locale, "short"),
    age: format.relativeTime(r.createdAt, now),
    overdue: r.overdue,
  }));
  const keep = Object.fromEntries(
    ["size", "sort", "dir"].flatMap((k) => (typeof params[k] === "string" ? [[k, params[k] as string]] : [])),
  );
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <nav aria-labelledby="counts-title" className="mt-6">
        <h2 id="counts-title" className="sr-only">
          {t("counts.title")}
        </h2>
        {/* Each count is a link to the queue filtered on that state. */}
        <ul className="flex flex-wrap gap-3" data-testid="request-counts">
          {REQUEST_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`/operator?status=${s}`}
                aria-current={filters.status === s ? "true" : undefined}
                className="inline-block border border-line px-3 py-2 aria-[current=true]:border-primary aria-[current=true]:font-bold"
              >
                {t("counts.item", { status: t(`status.${s}`), count: counts[s] })}
              </Link>
            </li>
          ))}
          <li>
            <Link
              href="/operator?status="
              aria-current={filters.status === "" ? "true" : undefined}
              className="inline-block border border-line px-3 py-2 aria-[current=true]:border-primary aria-[current=true]:font-bold"
            >
              {t("counts.all", { count: all })}
            </Link>
          </li>
        </ul>
      </nav>
      <TableFilters
        action="/operator"
        searchLabel={t("searchLabel")}
        searchHint={t("searchHint")}
        q={query.q}
        applyLabel={tt("apply")}
        resetLabel={tt("reset")}
        keep={keep}
      >
        <FilterSelect
          name="status"
          label={t("statusFilter")}
          value={filters.status}
          allLabel={t("allStatuses")}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </TableFilters>
      <RequestsTable rows={view} total={total} query={query} />
    </div>
  );
}
