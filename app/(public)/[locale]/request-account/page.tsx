import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { CURRENT_TERMS_VERSION } from "@/lib/terms/version";
import { RequestForm } from "./_components/request-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "accountRequest" }))("title") };
}

export default async function RequestAccountPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("accountRequest");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <RequestForm termsVersion={CURRENT_TERMS_VERSION} />
    </div>
  );
}
