import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { openActivation } from "@/lib/accounts/activation";
import { CURRENT_TERMS_VERSION } from "@/lib/terms/version";
import { ActivateForm } from "./_components/activate-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("activate.title") };
}

export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tc, link] = await Promise.all([getTranslations("account"), getTranslations("common"), openActivation(token)]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("activate.title")}</h1>
      {link.status === "valid" ? (
        <>
          <p className="mt-4">{t("activate.intro", { name: link.firstName })}</p>
          <Notice tone="info" title={t("activate.username", { username: link.username })}>
            <p>{t("activate.usernameHint")}</p>
          </Notice>
          <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
          <ActivateForm token={token} username={link.username} email={link.email} termsVersion={CURRENT_TERMS_VERSION} />
        </>
      ) : (
        <>
          <Notice tone="error" title={t(`linkStates.${link.status}`)}>
            <p>{t("activate.whatNext")}</p>
          </Notice>
          <ul className="mt-4 space-y-2">
            <li>
              <Link href="/login">{t("activate.loginLink")}</Link>
            </li>
            <li>
              <Link href="/forgot-password">{t("activate.forgotLink")}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
