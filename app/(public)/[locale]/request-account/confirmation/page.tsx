import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { Notice } from "@/components/ui/notice";
import { REFERENCE_PATTERN } from "@/lib/account-requests/reference";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "accountRequest" }))("confirmation.title") };
}

// The reference comes from the redirect after submission; the page shows nothing else about it.
export default async function RequestConfirmationPage({
  params,
  searchParams,
}: LocaleParams & { searchParams: Promise<{ reference?: string; known?: string }> }) {
  await pageLocale(params);
  const [{ reference, known }, t] = await Promise.all([searchParams, getTranslations("accountRequest")]);
  if (!reference || !REFERENCE_PATTERN.test(reference)) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("confirmation.title")}</h1>
      <Notice tone="success">
        <p className="text-xl font-bold" data-testid="request-reference">
          {t("confirmation.reference", { reference })}
        </p>
      </Notice>
      <p className="mt-4">{t("confirmation.body")}</p>
      <p className="mt-4">{t("confirmation.keep")}</p>
      {known === "1" && (
        <Notice tone="warning" title={t("sirenKnown.title")}>
          <p>{t("sirenKnown.body")}</p>
        </Notice>
      )}
      <p className="mt-6">
        <Link href="/">{t("confirmation.home")}</Link>
      </p>
    </div>
  );
}
