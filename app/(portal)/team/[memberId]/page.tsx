import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { getMember } from "@/lib/team/members";
import { guarded } from "@/lib/pages/guarded";
import { MemberActionForm } from "../_components/member-action-form";
import { RightsSummaryText } from "../_components/rights-summary";

type Props = { params: Promise<{ memberId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["created", "disabled", "enabled", "enabledInvited", "resent"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("member.title") };
}

export default async function MemberPage({ params, searchParams }: Props) {
  const { memberId } = await params;
  const user = await requireUser(`/team/${memberId}`);
  const result = await guarded(getMember(getDb(), user, memberId));
  if (!result) return <Forbidden />;
  const { member, permissions, isSelf } = result;
  const [t, tRoles, locale, { done }] = await Promise.all([
    getTranslations("team"),
    getTranslations("roles"),
    getLocale().then(parseLocale),
    searchParams,
  ]);
  const notice = NOTICES.find((n) => n === done);
  const name = `${member.firstName} ${member.lastName}`;
  const manageable = permissions.canManage && !isSelf && member.companyRole === "contributor";

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/team">{t("member.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{name}</h1>
      {notice && <Notice tone="success">{t(`notices.${notice}`, { email: member.email, username: member.username })}</Notice>}
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t("columns.username")}</dt>
        <dd>{member.username}</dd>
        <dt className="font-medium">{t("member.email")}</dt>
        <dd>{member.email}</dd>
        <dt className="font-medium">{t("columns.role")}</dt>
        <dd>{tRoles(member.companyRole)}</dd>
        <dt className="font-medium">{t("columns.status")}</dt>
        <dd>{t(`status.${member.status}`)}</dd>
        <dt className="font-medium">{t("columns.lastLogin")}</dt>
        <dd>{member.lastLoginAt ? formatDateTime(member.lastLoginAt, locale) : t("neverSignedIn")}</dd>
        <dt className="font-medium">{t("columns.rights")}</dt>
        <dd>
          <RightsSummaryText rights={member.rights} />
          {permissions.canManage && member.companyRole === "contributor" && (
            <>
              {" "}
              <Link href={`/team/rights#member-${member.id}`}>{t("member.editRights")}</Link>
            </>
          )}
        </dd>
      </dl>
      {manageable && (
        <section aria-labelledby="member-actions" className="mt-8 border-t border-line pt-6">
          <h2 id="member-actions" className="text-xl font-bold">
            {t("member.actions")}
          </h2>
          {member.status === "invited" && (
            <MemberActionForm
              kind="resend"
              userId={member.id}
              label={t("member.resend")}
              hint={t("member.resendHint", { email: member.email })}
            />
          )}
          {member.status !== "disabled" ? (
            <MemberActionForm kind="disable" userId={member.id} label={t("member.disable")} hint={t("member.disableHint")} />
          ) : (
            <MemberActionForm kind="enable" userId={member.id} label={t("member.enable")} hint={t("member.enableHint")} variant="primary" />
          )}
        </section>
      )}
    </div>
  );
}
