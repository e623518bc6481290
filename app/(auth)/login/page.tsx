import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/navigation/menu";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

// Generated usernames only: the notice never repeats arbitrary text from the address bar.
const USERNAME = /^[a-z0-9.-]{1,60}$/;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; signedOut?: string; activated?: string; reset?: string }>;
}) {
  const [t, ta, user, params] = await Promise.all([
    getTranslations("login"),
    getTranslations("account.login"),
    getCurrentUser(),
    searchParams,
  ]);
  if (user) redirect(safeLocalPath(params.from) ?? homeFor(user));
  const activated = params.activated && USERNAME.test(params.activated) ? params.activated : undefined;
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {params.signedOut && <Notice tone="success">{t("signedOut")}</Notice>}
      {activated && <Notice tone="success">{ta("activated", { username: activated })}</Notice>}
      {params.reset && <Notice tone="success">{ta("reset")}</Notice>}
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <LoginForm from={safeLocalPath(params.from) ?? undefined} username={activated} />
      <p className="mt-4">
        <Link href="/forgot-password">{ta("forgot")}</Link>
      </p>
      <p className="mt-8">
        {t("noAccount")} <Link href="/request-account">{t("requestAccount")}</Link>
      </p>
    </div>
  );
}
