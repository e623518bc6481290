import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { guarded } from "@/lib/pages/guarded";
import { getPlanComparison } from "@/lib/plans/compare-load";
import { productLabeller } from "@/lib/products/label-server";
import { ComparePage } from "../_components/compare-page";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.compare"))("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Two validated versions of a product's plan compared (?from=&to= snapshot ids; default: the latest two). */
export default async function ProductPlanComparePage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/plan/compare`);
  if (!isCompanyUser(user)) forbidden();
  const query = await searchParams;
  const view = await guarded(getPlanComparison(getDb(), user, { productId: id }, { from: one(query.from), to: one(query.to) }));
  const [t, label] = await Promise.all([getTranslations("plans.compare"), productLabeller()]);
  if (!view) forbidden();
  return <ComparePage view={view} title={`${t("title")} — ${view.product ? label(view.product) : ""}`} planHref={`/products/${id}/plan`} />;
}
