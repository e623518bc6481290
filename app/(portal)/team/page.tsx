import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterSelect, TableFilters } from "@/components/data-table/table-filters";
import { buttonClass } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { MEMBER_ROLES, MEMBER_STATUSES, listMembers, parseMemberQuery } from "@/lib/team/members";
import { guarded } from "@/lib/pages/guarded";
import { MembersTable } from "./_components/members-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/team");
  const params = await searchParams;
  const query = parseMemberQuery(params);
  const result = await guarded(listMembers(getDb(), user, query));
  if (!result) return <Forbidden />;
  const [t, tRoles] = await Promise.all([getTranslations("team"), getTranslations("roles")]);
  const { permissions } = result;
  const keep = Object.fromEntries(
    ["sort", "dir", "size"].flatMap((k) => (typeof params[k] === "string" ? [[k, params[k] as string]] : [])),
  );

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro", { company: user.companyName ?? "" })}</p>
      {params.done === "transferred" && <Notice tone="success">{t("notices.transferred")}</Notice>}
      {(permissions.canAdd || permissions.canManage) && (
        <ul className="mt-6 flex flex-wrap gap-3">
          {permissions.canAdd && (
            <li>
              <Link href="/team/new" className={buttonClass("primary")}>
                {t("add")}
              </Link>
            </li>
          )}
          {permissions.canManage && (
            <li>
              <Link href="/team/rights" className={buttonClass("secondary")}>
                {t("rightsLink")}
              </Link>
            </li>
          )}
          {permissions.canManage && (
            <li>
              <Link href="/team/transfer" className={buttonClass("secondary")}>
                {t("transferLink")}
              </Link>
            </li>
          )}
        </ul>
      )}
      <TableFilters
        action="/team"
        searchLabel={t("filters.search")}
        searchHint={t("filters.searchHint")}
        q={query.q}
        applyLabel={t("filters.apply")}
        resetLabel={t("filters.reset")}
        keep={keep}
      >
        <FilterSelect
          name="status"
          label={t("filters.status")}
          value={query.status}
          allLabel={t("filters.all")}
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <FilterSelect
          name="role"
          label={t("filters.role")}
          value={query.role}
          allLabel={t("filters.all")}
          options={MEMBER_ROLES.map((r) => ({ value: r, label: tRoles(r) }))}
        />
      </TableFilters>
      <MembersTable rows={result.rows} total={result.total} query={query} />
    </div>
  );
}
