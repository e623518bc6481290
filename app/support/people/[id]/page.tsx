import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ReasonedActionForm } from "@/components/agency/reasoned-action-form";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { guarded } from "@/lib/pages/guarded";
import { requireAgencyPage } from "@/lib/support/page-access";
import { getPersonFile } from "@/lib/support/person";
import { correctEmailAction, personAction } from "../../actions";
import { AuditSection, EmailsSection } from "../../_components/sections";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supportDesk"))("person.title") };
}

const NOTICES = ["resendActivation", "unlock", "disable", "enable", "emailCorrected", "emailConfirmationSent", "emailResent"] as const;

/** One account as support sees it, with the actions that change its access. */
export default async function SupportPersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireAgencyPage("support", `/support/people/${id}`);
  const { person, emails, audit } = (await guarded(getPersonFile(user, id)))!;
  const done = (await searchParams).done;
  const [t, tRoles, locale] = await Promise.all([getTranslations("supportDesk"), getTranslations("roles"), getLocale()]);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale as Locale, "medium") : t("never"));
  const name = `${person.firstName} ${person.lastName}`;
  const isCompanyUser = person.agencyRole === null;
  const action = (kind: "resendActivation" | "unlock" | "disable" | "enable") => (
    <ReasonedActionForm
      action={personAction}
      hidden={{ personId: person.id, action: kind }}
      title={t(`actions.${kind}.title`)}
      description={t(`actions.${kind}.description`, { name })}
      submitLabel={t(`actions.${kind}.submit`)}
    />
  );
  return (
    <div>
      <p>
        <Link href="/support">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{name}</h1>
      {typeof done === "string" && (NOTICES as readonly string[]).includes(done) && (
        <Notice tone="success">{t(`notices.${done as (typeof NOTICES)[number]}`)}</Notice>
      )}
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("person.username")}</dt>
        <dd>{person.username}</dd>
        <dt className="font-medium">{t("person.email")}</dt>
        <dd className="break-all">{person.email}</dd>
        <dt className="font-medium">{t("person.company")}</dt>
        <dd>{person.companyId ? <Link href={`/support/companies/${person.companyId}`}>{person.companyName}</Link> : t("person.agency")}</dd>
        <dt className="font-medium">{t("members.role")}</dt>
        <dd>{tRoles(person.companyRole ?? person.agencyRole ?? "contributor")}</dd>
        <dt className="font-medium">{t("members.status")}</dt>
        <dd>{t(`accountStatus.${person.status}`)}</dd>
        <dt className="font-medium">{t("members.lastLogin")}</dt>
        <dd>{when(person.lastLoginAt)}</dd>
        <dt className="font-medium">{t("members.lockedUntil")}</dt>
        <dd>{person.lockedUntil ? <strong>{when(person.lockedUntil)}</strong> : t("person.notLocked")}</dd>
        {person.activationPendingSince && (
          <>
            <dt className="font-medium">{t("members.pendingSince")}</dt>
            <dd>{when(person.activationPendingSince)}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="actions-title" className="mt-8">
        <h2 id="actions-title" className="text-2xl font-bold">
          {t("person.actions")}
        </h2>
        {!isCompanyUser ? (
          <p className="mt-2">{t("person.agencyAccount")}</p>
        ) : (
          <>
            {person.lockedUntil && action("unlock")}
            {person.status === "invited" && action("resendActivation")}
            {person.status !== "disabled" && (
              <ReasonedActionForm
                action={correctEmailAction}
                hidden={{ personId: person.id }}
                title={t("actions.correctEmail.title")}
                description={
                  person.status === "invited" ? t("actions.correctEmail.descriptionInvited") : t("actions.correctEmail.descriptionActive")
                }
                submitLabel={t("actions.correctEmail.submit")}
                extraField={{ name: "newEmail", label: t("actions.correctEmail.newEmail"), type: "email" }}
              />
            )}
            {person.status === "disabled" ? action("enable") : action("disable")}
          </>
        )}
      </section>

      <EmailsSection emails={emails} back={`/support/people/${person.id}`} />
      <AuditSection audit={audit} />
    </div>
  );
}
