import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ContactForm } from "./_components/contact-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "contact" }))("title") };
}

export default async function ContactPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, user] = await Promise.all([getTranslations("contact"), getCurrentUser()]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <ContactForm defaults={user ? { name: `${user.firstName} ${user.lastName}`, email: user.email } : {}} />
    </div>
  );
}
