import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ContactForm } from "./_components/contact-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact"))("title") };
}

export default async function ContactPage() {
  const [t, user] = await Promise.all([getTranslations("contact"), getCurrentUser()]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <ContactForm defaults={user ? { name: `${user.firstName} ${user.lastName}`, email: user.email } : {}} />
    </div>
  );
}
