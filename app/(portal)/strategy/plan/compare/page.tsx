import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { guarded } from "@/lib/pages/guarded";
import { getPlanComparison } from "@/lib/plans/compare-load";
import { ComparePage } from "../../../products/[id]/plan/_components/compare-page";

type Params = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.compare"))("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Two validated versions of the company's strategy plan compared. */
export default async function StrategyPlanComparePage({ searchParams }: Params) {
  const user = await requireUser("/strategy/plan/compare");
  if (!isCompanyUser(user)) forbidden();
  const query = await searchParams;
  const view = await guarded(getPlanComparison(getDb(), user, { productId: null }, { from: one(query.from), to: one(query.to) }));
  if (!view) forbidden();
  const t = await getTranslations("plans");
  return <ComparePage view={view} title={`${t("compare.title")} — ${t("strategyTitle")}`} planHref="/strategy/plan" />;
}
