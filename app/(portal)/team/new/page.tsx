import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { assertCanAddMembers } from "@/lib/team/access";
import { AddContributorForm } from "../_components/add-contributor-form";
import { guarded } from "@/lib/pages/guarded";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("new.title") };
}

export default async function NewContributorPage() {
  const user = await requireUser("/team/new");
  if (!(await guarded(assertCanAddMembers(getDb(), user)))) return <Forbidden />;
  const t = await getTranslations("team");
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/team">{t("member.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("new.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("new.intro")}</p>
      <AddContributorForm />
    </div>
  );
}
