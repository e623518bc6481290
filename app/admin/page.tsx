import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReasonedActionForm } from "@/components/agency/reasoned-action-form";
import { SimpleTable } from "@/components/agency/simple-table";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { listStaff } from "@/lib/staff/manage";
import { requireAgencyPage } from "@/lib/support/page-access";
import { staffStatusAction } from "./actions";
import { InviteStaffForm } from "./_components/invite-staff-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffAdmin"))("title") };
}

/** The agency administrators' page: agency accounts, invitations, disabling and re-enabling. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAgencyPage("admin", "/admin");
  const params = await searchParams;
  const [t, tRoles, locale, staff] = await Promise.all([
    getTranslations("staffAdmin"),
    getTranslations("roles"),
    getLocale(),
    listStaff(user),
  ]);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale as Locale, "medium") : t("never"));
  const done = typeof params.done === "string" ? params.done : null;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      {done === "invited" && <Notice tone="success">{t("notices.invited", { username: String(params.username ?? "") })}</Notice>}
      {(done === "disabled" || done === "enabled") && <Notice tone="success">{t(`notices.${done}`)}</Notice>}

      <h2 className="mt-8 text-2xl font-bold">{t("listTitle")}</h2>
      <SimpleTable
        caption={t("listTitle")}
        headers={[
          t("columns.name"),
          t("columns.username"),
          t("columns.email"),
          t("columns.role"),
          t("columns.status"),
          t("columns.lastLogin"),
          t("columns.actions"),
        ]}
        empty={t("empty")}
        rows={staff.map((s) => [
          `${s.firstName} ${s.lastName}`,
          s.username,
          s.email,
          tRoles(s.agencyRole),
          t(`status.${s.status}`),
          when(s.lastLoginAt),
          s.id === user.id ? (
            <span className="text-ink-mute">{t("you")}</span>
          ) : (
            <ReasonedActionForm
              action={staffStatusAction}
              hidden={{ userId: s.id, action: s.status === "disabled" ? "enable" : "disable" }}
              title={
                s.status === "disabled"
                  ? t("enable.title", { name: `${s.firstName} ${s.lastName}` })
                  : t("disable.title", { name: `${s.firstName} ${s.lastName}` })
              }
              description={s.status === "disabled" ? t("enable.description") : t("disable.description")}
              submitLabel={s.status === "disabled" ? t("enable.submit") : t("disable.submit")}
            />
          ),
        ])}
      />

      <h2 className="mt-10 text-2xl font-bold">{t("invite.title")}</h2>
      <p className="mt-2 text-ink-soft">{t("invite.intro")}</p>
      <InviteStaffForm />
    </div>
  );
}
