import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./_components/forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("forgot.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">{t("forgot.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("forgot.intro")}</p>
      <ForgotForm />
    </div>
  );
}
