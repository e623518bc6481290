import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { OPEN_STATUSES, getAccountRequest } from "@/lib/account-requests/detail";
import { NotFoundError } from "@/lib/actions/errors";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime, formatFileSize } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { DecisionForms } from "./_components/decision-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operatorRequests"))("title") };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-ink-soft">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

export default async function AccountRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/operator/requests/${id}`);
  if (user.agencyRole !== "operator") return <Forbidden />;
  const detail = await getAccountRequest(user, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // getFormatter only for relativeTime ("3 days ago"), which lib/format does not cover.
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("operatorRequests"),
    getTranslations("common"),
    getFormatter(),
    getLocale().then(parseLocale),
  ]);
  const { request: r, warnings } = detail;
  const open = (OPEN_STATUSES as readonly string[]).includes(r.status);
  const status = t(`status.${r.status}`);
  const hasWarnings = warnings.existingCompany || warnings.otherOpenRequests.length > 0 || warnings.emailInUse;

  return (
    <div>
      <p>
        <Link href="/operator">{t("detail.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("detail.title", { reference: r.reference })}</h1>
      <p className="mt-2 text-lg" data-testid="request-status">
        {t("detail.statusLine", { status })}
      </p>
      <p className="text-ink-soft">
        {t("detail.submittedOn", {
          date: formatDateTime(r.createdAt, locale),
          age: format.relativeTime(r.createdAt, new Date()),
        })}
      </p>

      {done === "approved" && r.status === "approved" && (
        <Notice tone="success">{t("decision.done.approved", { username: detail.createdUsername ?? "" })}</Notice>
      )}
      {done === "rejected" && r.status === "rejected" && <Notice tone="success">{t("decision.done.rejected")}</Notice>}
      {done === "info_requested" && r.status === "info_requested" && <Notice tone="success">{t("decision.done.info_requested")}</Notice>}

      {hasWarnings && (
        <section aria-labelledby="warnings-title" className="my-6 border-l-4 border-warning bg-warning-light p-4">
          <h2 id="warnings-title" className="text-xl font-bold">
            {t("detail.warnings")}
          </h2>
          <ul className="mt-2 ml-6 list-disc space-y-1">
            {warnings.existingCompany && (
              <li>
                {t("detail.warnCompany", { company: warnings.existingCompany.legalName })}{" "}
                {open && t(warnings.existingCompany.hasResponsable ? "detail.warnCompanyResponsable" : "detail.warnCompanyNoResponsable")}
              </li>
            )}
            {warnings.otherOpenRequests.length > 0 && (
              <li>
                {t("detail.warnOpenRequests")}{" "}
                {warnings.otherOpenRequests.map((o, i) => (
                  <span key={o.id}>
                    {i > 0 && ", "}
                    <Link href={`/operator/requests/${o.id}`}>{o.reference}</Link>
                  </span>
                ))}
              </li>
            )}
            {warnings.emailInUse && <li>{t(open ? "detail.warnEmail" : "detail.warnEmailClosed")}</li>}
          </ul>
        </section>
      )}

      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="company-title">
          <h2 id="company-title" className="text-2xl font-bold">
            {t("detail.company")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <Row label={t("detail.siren")}>{r.siren}</Row>
            <Row label={t("detail.legalName")}>{r.legalName}</Row>
            <Row label={t("detail.address")}>
              {r.addressLine}, {r.postalCode} {r.city}
            </Row>
          </dl>
        </section>
        <section aria-labelledby="requester-title">
          <h2 id="requester-title" className="text-2xl font-bold">
            {t("detail.requester")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <Row label={t("detail.name")}>
              {r.firstName} {r.lastName}
            </Row>
            <Row label={t("detail.jobTitle")}>{r.jobTitle}</Row>
            <Row label={t("detail.email")}>{r.email}</Row>
            <Row label={t("detail.phone")}>{r.phone}</Row>
            <Row label={t("detail.legalRepresentative")}>{r.isLegalRepresentative ? tc("yes") : tc("no")}</Row>
            <Row label={t("detail.terms")}>
              {t("detail.termsAccepted", {
                version: r.termsVersion,
                date: formatDateTime(r.termsAcceptedAt, locale, "short"),
              })}
            </Row>
            <Row label={t("detail.language")}>{t(r.locale === "en" ? "detail.languages.en" : "detail.languages.fr")}</Row>
          </dl>
        </section>
      </div>

      <section aria-labelledby="authorisation-title" className="mt-8">
        <h2 id="authorisation-title" className="text-2xl font-bold">
          {t("detail.authorisation")}
        </h2>
        <p className="mt-2">
          {detail.document ? (
            <a href={`/operator/requests/${r.id}/document`} download>
              {t("detail.document", { name: detail.document.name, size: formatFileSize(detail.document.size, locale) })}
            </a>
          ) : (
            t("detail.noDocument")
          )}
        </p>
      </section>

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("detail.history")}
        </h2>
        <ol className="mt-3 space-y-3" data-testid="request-history">
          {detail.events.map((e) => (
            <li key={e.id} className="border-l-2 border-line-strong pl-3">
              <p>
                <time dateTime={e.at.toISOString()} className="text-ink-soft">
                  {formatDateTime(e.at, locale, "short")}
                </time>{" "}
                — {t(`events.${e.kind as "submitted"}`, { actor: e.actor ?? "" })}
              </p>
              {e.message && <p className="mt-1 bg-surface-alt p-2 whitespace-pre-wrap">{e.message}</p>}
            </li>
          ))}
        </ol>
        {r.status === "approved" && detail.createdUsername && (
          <p className="mt-3">{t("detail.createdAccount", { username: detail.createdUsername })}</p>
        )}
      </section>

      <section aria-labelledby="decision-title" className="mt-8">
        <h2 id="decision-title" className="text-2xl font-bold">
          {t("decision.title")}
        </h2>
        {open ? (
          <>
            <p className="mt-2 text-sm text-ink-soft">{tc("requiredLegend")}</p>
            <div className="mt-4">
              <DecisionForms
                id={r.id}
                revision={r.revision}
                existingCompany={warnings.existingCompany}
                blocked={warnings.blocking}
                summary={{
                  name: `${r.firstName} ${r.lastName}`,
                  email: r.email,
                  company: warnings.existingCompany?.legalName ?? r.legalName,
                }}
              />
            </div>
          </>
        ) : (
          <p className="mt-2">{t("decision.closed")}</p>
        )}
      </section>
    </div>
  );
}
