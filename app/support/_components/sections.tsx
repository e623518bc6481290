import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ReasonedActionForm } from "@/components/agency/reasoned-action-form";
import { SimpleTable } from "@/components/agency/simple-table";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { AuditLine, EmailState, MemberState } from "@/lib/support/records";
import { resendEmailAction } from "../actions";

async function dates() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("supportDesk")]);
  return (d: Date | null) => (d ? formatDateTime(d, locale as Locale, "medium") : t("never"));
}

export async function MembersSection({ members, title }: { members: MemberState[]; title: string }) {
  const [t, tRoles, when] = await Promise.all([getTranslations("supportDesk"), getTranslations("roles"), dates()]);
  return (
    <section aria-labelledby="members-title" className="mt-8">
      <h2 id="members-title" className="text-2xl font-bold">
        {title}
      </h2>
      <SimpleTable
        caption={title}
        empty={t("members.empty")}
        headers={[
          t("members.name"),
          t("members.username"),
          t("members.role"),
          t("members.status"),
          t("members.lastLogin"),
          t("members.lockedUntil"),
          t("members.pendingSince"),
        ]}
        rows={members.map((m) => [
          <Link key="n" href={`/support/people/${m.id}`}>
            {m.firstName} {m.lastName}
          </Link>,
          <span key="u" className="break-all">
            {m.username}
            <span className="block text-ink-mute">{m.email}</span>
          </span>,
          tRoles(m.companyRole ?? m.agencyRole ?? "contributor"),
          t(`accountStatus.${m.status}`),
          when(m.lastLoginAt),
          m.lockedUntil ? <strong key="l">{when(m.lockedUntil)}</strong> : "—",
          m.activationPendingSince ? when(m.activationPendingSince) : "—",
        ])}
      />
    </section>
  );
}

export async function EmailsSection({ emails, back }: { emails: EmailState[]; back: string }) {
  const [t, when] = await Promise.all([getTranslations("supportDesk"), dates()]);
  return (
    <section aria-labelledby="emails-title" className="mt-8">
      <h2 id="emails-title" className="text-2xl font-bold">
        {t("emails.title")}
      </h2>
      <SimpleTable
        caption={t("emails.title")}
        empty={t("emails.empty")}
        headers={[t("emails.date"), t("emails.to"), t("emails.template"), t("emails.status"), t("emails.action")]}
        rows={emails.map((e) => [
          when(e.createdAt),
          <span key="to" className="break-all">
            {e.toAddress}
          </span>,
          <code key="tpl">{e.template}</code>,
          <span key="s">
            {t(`emails.states.${e.status}`)}
            {e.status === "sent" && e.sentAt && <span className="block text-ink-mute">{when(e.sentAt)}</span>}
            {e.status === "failed" && (
              <span className="block text-error">{t("emails.failedBecause", { attempts: e.attempts, error: e.lastError ?? "—" })}</span>
            )}
          </span>,
          e.status === "failed" ? (
            <ReasonedActionForm
              key="a"
              action={resendEmailAction}
              hidden={{ emailId: e.id, back }}
              title={t("actions.resendEmail.title")}
              description={t("actions.resendEmail.description")}
              submitLabel={t("actions.resendEmail.submit")}
            />
          ) : (
            "—"
          ),
        ])}
      />
    </section>
  );
}

export async function AuditSection({ audit }: { audit: AuditLine[] }) {
  const [t, when] = await Promise.all([getTranslations("supportDesk"), dates()]);
  return (
    <section aria-labelledby="audit-title" className="mt-8">
      <h2 id="audit-title" className="text-2xl font-bold">
        {t("audit.title")}
      </h2>
      <SimpleTable
        caption={t("audit.title")}
        empty={t("audit.empty")}
        headers={[t("audit.date"), t("audit.actor"), t("audit.action"), t("audit.reason")]}
        rows={audit.map((a) => [
          when(a.at),
          typeof a.data.agent === "string" ? `${a.data.agent} (${a.actorLabel})` : a.actorLabel,
          <code key="a">{a.action}</code>,
          typeof a.data.reason === "string" ? a.data.reason : "—",
        ])}
      />
    </section>
  );
}
