import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { Notice } from "@/components/ui/notice";
import { openCompletion } from "@/lib/account-requests/complete";
import { CompleteForm } from "./_components/complete-form";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "accountRequest" }))("complete.title") };
}

export default async function CompleteRequestPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  await pageLocale(params);
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("accountRequest"), openCompletion(token)]);
  if (link.status !== "valid") {
    return (
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{t("complete.title")}</h1>
        <Notice tone="error">{t(`complete.states.${link.status}`)}</Notice>
      </div>
    );
  }
  const r = link.request;
  const initial = {
    siren: r.siren,
    legalName: r.legalName,
    addressLine: r.addressLine,
    postalCode: r.postalCode,
    city: r.city,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    jobTitle: r.jobTitle,
    isLegalRepresentative: r.isLegalRepresentative ? "yes" : "no",
  };
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("complete.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("complete.intro", { reference: r.reference })}</p>
      {link.message && (
        <Notice tone="info" title={t("complete.operatorMessage")}>
          <p className="whitespace-pre-wrap" data-testid="operator-message">
            {link.message}
          </p>
        </Notice>
      )}
      <CompleteForm token={token} initial={initial} documentName={link.documentName} />
    </div>
  );
}
