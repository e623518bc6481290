import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect, TableFilters } from "@/components/data-table/table-filters";
import { buttonClass } from "@/components/ui/button";
import { canReadAudit } from "@/lib/audit/access";
import { AUDIT_ACTIONS, splitAction } from "@/lib/audit/actions";
import { actorOf, describeEvent } from "@/lib/audit/describe";
import { listAuditEvents, parseTrailQuery } from "@/lib/audit/trail";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { AuditTable } from "./_components/audit-table";
import { FilterInput } from "@/components/data-table/filter-input";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

/** The audit trail, for the agency's staff who may read it (lib/audit/access.ts says who). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/audit");
  if (!user.agencyRole) notFound();
  if (!canReadAudit(user)) forbidden();
  const params = await searchParams;
  const { query, filters } = parseTrailQuery(params);
  const locale = parseLocale(await getLocale());
  const [t, tt, { rows, total }] = await Promise.all([
    getTranslations("audit"),
    getTranslations("table"),
    listAuditEvents(user, query, filters),
  ]);
  const translate = translatorFor(locale);
  const view = rows.map((e) => ({
    id: String(e.id),
    at: formatDateTime(e.at, locale, "short"),
    atIso: e.at.toISOString(),
    sentence: describeEvent(e, translate),
    actor: e.actorUsername ?? actorOf(e, translate),
    company: e.companyName ?? "",
    action: e.action,
    ip: e.ip ?? "",
  }));
  const keep = Object.fromEntries(
    ["size", "sort", "dir"].flatMap((k) => (typeof params[k] === "string" ? [[k, params[k] as string]] : [])),
  );
  const exportParams = new URLSearchParams(
    Object.entries({ q: query.q, ...filters, dir: query.dir }).filter(([, v]) => v) as [string, string][],
  );
  const actionLabel = (a: string) => {
    const [area, name] = splitAction(a);
    return t(`actions.${area}.${name}` as never);
  };
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <TableFilters
        action="/audit"
        searchLabel={t("personLabel")}
        searchHint={t("personHint")}
        q={query.q}
        applyLabel={tt("apply")}
        resetLabel={tt("reset")}
        keep={keep}
      >
        <FilterInput name="company" label={t("companyLabel")} hint={t("companyHint")} value={filters.company} />
        <FilterSelect
          name="action"
          label={t("actionLabel")}
          value={filters.action}
          allLabel={t("allActions")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        <FilterInput name="from" type="date" label={t("fromLabel")} value={filters.from} />
        <FilterInput name="to" type="date" label={t("toLabel")} value={filters.to} />
      </TableFilters>
      <p className="my-4">
        <Link href={`/audit/export.csv?${exportParams}`} className={buttonClass("secondary")} prefetch={false} download>
          {t("export", { count: total })}
        </Link>
      </p>
      <AuditTable rows={view} total={total} query={query} />
    </div>
  );
}
