import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supportDesk"))("title") };
}

export default async function SupportHome() {
  const user = await requireUser("/support");
  if (user.agencyRole !== "support") return <Forbidden />;
  const t = await getTranslations("supportDesk");
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
    </div>
  );
}
