import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { getProfile } from "@/lib/accounts/profile";
import { requireUser } from "@/lib/auth/current-user";
import { EmailForm, IdentityForm, PasswordForm } from "./_components/profile-forms";
import { SignOutEverywhereForm } from "./_components/sign-out-everywhere";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("profile.title") };
}

/** Every signed-in user's own profile: company users and agency staff alike. */
export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ passwordChanged?: string }> }) {
  const user = await requireUser("/profile");
  const { passwordChanged } = await searchParams;
  const [t, tc, profile] = await Promise.all([getTranslations("account.profile"), getTranslations("common"), getProfile(user)]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <p className="mt-2 text-sm text-ink-soft">{tc("requiredLegend")}</p>

      <section aria-labelledby="identity-title" className="mt-8">
        <h2 id="identity-title" className="text-2xl font-bold">
          {t("identity")}
        </h2>
        <TextField name="username" label={t("username")} hint={t("usernameHint")} defaultValue={profile.username} readOnly />
        <IdentityForm profile={{ firstName: profile.firstName, lastName: profile.lastName, phone: profile.phone }} />
      </section>

      <section aria-labelledby="email-title" className="mt-10">
        <h2 id="email-title" className="text-2xl font-bold">
          {t("emailSection")}
        </h2>
        <p className="mt-3" data-testid="current-email">
          {t("currentEmail", { email: profile.email })}
        </p>
        {profile.pendingEmail && <p className="mt-2 text-ink-soft">{t("pendingEmail", { email: profile.pendingEmail })}</p>}
        <EmailForm />
      </section>

      <section aria-labelledby="password-title" className="mt-10">
        <h2 id="password-title" className="text-2xl font-bold">
          {t("passwordSection")}
        </h2>
        <p className="mt-3 text-ink-soft">{t("passwordIntro")}</p>
        {passwordChanged === "1" && <Notice tone="success">{t("passwordChanged")}</Notice>}
        <PasswordForm username={profile.username} email={profile.email} />
      </section>

      <section aria-labelledby="sessions-title" className="mt-10">
        <h2 id="sessions-title" className="text-2xl font-bold">
          {t("sessionsSection")}
        </h2>
        <p className="mt-3 text-ink-soft">{t("sessionsIntro")}</p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
