import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/navigation/menu";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { mustAcceptTerms } from "@/lib/terms/enforce";
import { CURRENT_TERMS_PUBLISHED_ON, CURRENT_TERMS_VERSION } from "@/lib/terms/version";
import { AcceptTermsForm } from "./_components/accept-terms-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("acceptTerms.title") };
}

/** Where a signed-in user lands, before anything else, when newer terms are in force. */
export default async function AcceptTermsPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const [user, { from }] = await Promise.all([getCurrentUser(), searchParams]);
  if (!user) redirect("/login?from=/accept-terms");
  const back = safeLocalPath(from) ?? undefined;
  if (!(await mustAcceptTerms(user.id))) redirect(back ?? homeFor(user));
  const [t, locale] = await Promise.all([getTranslations("account"), getLocale().then(parseLocale)]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("acceptTerms.title")}</h1>
      <p className="mt-4">
        {t("acceptTerms.intro", {
          version: CURRENT_TERMS_VERSION,
          date: formatDate(CURRENT_TERMS_PUBLISHED_ON, locale),
        })}
      </p>
      <p className="mt-4">
        <Link href="/terms" target="_blank" rel="noopener">
          {t("acceptTerms.read")}
        </Link>
      </p>
      <p className="mt-4 text-ink-soft">{t("acceptTerms.required")}</p>
      <AcceptTermsForm version={CURRENT_TERMS_VERSION} from={back} />
    </div>
  );
}
