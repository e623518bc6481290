import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { openPasswordReset } from "@/lib/accounts/password-reset";
import { ResetForm } from "./_components/reset-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("reset.title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("account"), openPasswordReset(token)]);
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">{t("reset.title")}</h1>
      {link.status === "valid" ? (
        <>
          <p className="mt-4">{t("reset.intro", { username: link.username })}</p>
          <ResetForm token={token} username={link.username} email={link.email} />
        </>
      ) : (
        <>
          <Notice tone="error" title={t(`linkStates.${link.status}`)}>
            <p>{t("reset.whatNext")}</p>
          </Notice>
          <p className="mt-4">
            <Link href="/forgot-password">{t("reset.forgotLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
