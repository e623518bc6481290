import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { productLabel } from "@/lib/team/company-products";
import { readRightsMatrix } from "@/lib/team/grants";
import { guarded } from "@/lib/pages/guarded";
import { RightsForm } from "../_components/rights-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("rights.title") };
}

export default async function RightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/team/rights");
  const matrix = await guarded(readRightsMatrix(getDb(), user));
  if (!matrix) return <Forbidden />;
  const [t, { saved }] = await Promise.all([getTranslations("team"), searchParams]);
  const savedCount = typeof saved === "string" && /^\d+$/.test(saved) ? Number(saved) : null;

  return (
    <div>
      <p>
        <Link href="/team">{t("member.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold mt-4">{t("rights.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("rights.intro")}</p>
      <ul className="mt-2 list-disc ml-6 max-w-3xl text-ink-soft">
        <li>{t("rights.legendDraft")}</li>
        <li>{t("rights.legendValidate")}</li>
        <li>{t("rights.legendResponsable")}</li>
      </ul>
      {savedCount !== null && <Notice tone="success">{t("rights.saved", { count: savedCount })}</Notice>}
      {matrix.contributors.length === 0 ? (
        <Notice tone="info">{t("rights.noContributor")}</Notice>
      ) : (
        <RightsForm contributors={matrix.contributors} products={matrix.products.map((p) => ({ id: p.id, label: productLabel(p) }))} />
      )}
    </div>
  );
}
