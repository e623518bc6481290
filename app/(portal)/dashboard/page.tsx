import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  if (!isCompanyUser(user)) return <Forbidden />;
  const [t, tRoles] = await Promise.all([getTranslations("dashboard"), getTranslations("roles")]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-xl">{t("welcome", { name: user.firstName })}</p>
      <ul className="mt-4 space-y-1">
        <li>{t("company", { company: user.companyName ?? "" })}</li>
        <li>{t("role", { role: tRoles(user.companyRole) })}</li>
      </ul>
      <p className="mt-6 text-ink-soft">{t("comingNext")}</p>
    </div>
  );
}
