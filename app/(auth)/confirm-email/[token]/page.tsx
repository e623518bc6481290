import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { openEmailChange } from "@/lib/accounts/profile";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("confirmEmail.title") };
}

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("account"), openEmailChange(token)]);
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">{t("confirmEmail.title")}</h1>
      {link.status === "valid" ? (
        <>
          <p className="mt-4 mb-6">{t("confirmEmail.intro", { email: link.newEmail, username: link.username })}</p>
          <ConfirmEmailForm token={token} />
        </>
      ) : (
        <>
          <Notice tone="error" title={t(`linkStates.${link.status}`)}>
            <p>{t("confirmEmail.whatNext")}</p>
          </Notice>
          <p>
            <Link href="/profile">{t("confirmEmail.profileLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
