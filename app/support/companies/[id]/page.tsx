import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SimpleTable } from "@/components/agency/simple-table";
import { Notice } from "@/components/ui/notice";
import { dayInParis, formatDate, formatDateTime, formatNumber, formatQuarter, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { guarded } from "@/lib/pages/guarded";
import { productLabeller } from "@/lib/products/label-server";
import { getCompanyFile } from "@/lib/support/company";
import { requireAgencyPage } from "@/lib/support/page-access";
import { AuditSection, EmailsSection, MembersSection } from "../../_components/sections";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supportDesk"))("company.title") };
}

/** A company as support sees it: identity, requests, people, products, evaluation and plan states and figures, emails, events. */
export default async function SupportCompanyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requireAgencyPage("support", `/support/companies/${id}`);
  const file = (await guarded(getCompanyFile(user, id)))!;
  const done = (await searchParams).done;
  const [t, tReq, tEval, tProd, locale, label] = await Promise.all([
    getTranslations("supportDesk"),
    getTranslations("operatorRequests"),
    getTranslations("evaluations"),
    getTranslations("products"),
    getLocale(),
    productLabeller(),
  ]);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale as Locale, "medium") : "—");
  const { company } = file;
  const productName = new Map(file.products.map((p) => [p.id, label(p)]));
  return (
    <div>
      <p>
        <Link href="/support">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{company.legalName}</h1>
      {done === "emailResent" && <Notice tone="success">{t("notices.emailResent")}</Notice>}
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("company.siren")}</dt>
        <dd>{company.siren}</dd>
        <dt className="font-medium">{t("company.address")}</dt>
        <dd>
          {company.addressLine}, {company.postalCode} {company.city}
        </dd>
        <dt className="font-medium">{t("company.status")}</dt>
        <dd>{t(`company.statuses.${company.status}`)}</dd>
        <dt className="font-medium">{t("company.since")}</dt>
        <dd>{when(company.createdAt)}</dd>
      </dl>

      <section aria-labelledby="requests-title" className="mt-8">
        <h2 id="requests-title" className="text-2xl font-bold">
          {t("requests.title")}
        </h2>
        <SimpleTable
          caption={t("requests.title")}
          empty={t("requests.empty")}
          headers={[t("requests.reference"), t("requests.submitted"), t("requests.status"), t("requests.decidedBy"), t("requests.reason")]}
          rows={file.requests.map((r) => [
            r.reference,
            when(r.createdAt),
            tReq(`status.${r.status}`),
            r.decidedBy ? `${r.decidedBy} (${when(r.decidedAt)})` : "—",
            r.decisionReason ?? "—",
          ])}
        />
      </section>

      <MembersSection members={file.members} title={t("members.title")} />

      <section aria-labelledby="products-title" className="mt-8">
        <h2 id="products-title" className="text-2xl font-bold">
          {t("products.title")}
        </h2>
        <SimpleTable
          caption={t("products.title")}
          empty={t("products.empty")}
          headers={[t("products.name"), t("products.kind"), t("products.status")]}
          rows={file.products.map((p) => [label(p), tProd(`kinds.${p.kind}`), tProd(`statuses.${p.status}`)])}
        />
      </section>

      <section aria-labelledby="evaluations-title" className="mt-8">
        <h2 id="evaluations-title" className="text-2xl font-bold">
          {t("evaluations.title")}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{t("evaluations.hint")}</p>
        <SimpleTable
          caption={t("evaluations.title")}
          empty={t("evaluations.empty")}
          headers={[
            t("evaluations.subject"),
            t("evaluations.theme"),
            t("evaluations.version"),
            t("evaluations.status"),
            t("evaluations.score"),
            t("evaluations.compliant"),
            t("evaluations.updated"),
          ]}
          rows={file.evaluations.map((e) => [
            e.productId ? (productName.get(e.productId) ?? "—") : t("evaluations.company"),
            tEval(`themes.${e.theme as "security"}`),
            e.questionnaireVersion,
            tEval(`statuses.${e.status}`),
            e.score === null ? "—" : formatScore(e.score, locale as Locale),
            e.compliant === null ? "—" : e.compliant ? t("yes") : t("no"),
            when(e.validatedAt ?? e.updatedAt),
          ])}
        />
      </section>

      <section aria-labelledby="plans-title" className="mt-8">
        <h2 id="plans-title" className="text-2xl font-bold">
          {t("plans.title")}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{t("plans.hint")}</p>
        <SimpleTable
          caption={t("plans.title")}
          empty={t("plans.empty")}
          headers={[t("plans.subject"), t("plans.state"), t("plans.theme"), t("plans.compliance"), t("plans.late")]}
          rows={file.plans.flatMap((p) => {
            const subject = p.productId ? (productName.get(p.productId) ?? "—") : t("evaluations.company");
            const validatedOn = p.validatedAt ? formatDate(dayInParis(p.validatedAt), locale as Locale) : null;
            const state =
              p.state === "validated"
                ? t("plans.states.validated", { date: validatedOn! })
                : p.state === "draft" && validatedOn
                  ? t("plans.draftSince", { date: validatedOn })
                  : t(`plans.states.${p.state}`);
            if (p.themes.length === 0) return [[subject, state, "—", "—", "—"]];
            return p.themes.map((th) => [
              subject,
              state,
              tEval(`themes.${th.theme as "security"}`),
              th.compliantFrom === null
                ? t("plans.never")
                : th.compliantFrom === "now"
                  ? t("plans.now")
                  : formatQuarter(th.compliantFrom, locale as Locale),
              formatNumber(th.late, locale as Locale),
            ]);
          })}
        />
      </section>

      <EmailsSection emails={file.emails} back={`/support/companies/${company.id}`} />
      <AuditSection audit={file.audit} />
    </div>
  );
}
