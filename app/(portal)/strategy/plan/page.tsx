import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { guarded } from "@/lib/pages/guarded";
import { getPlan } from "@/lib/plans/load";
import { PlanPage } from "../../products/[id]/plan/_components/plan-page";

type Params = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("strategyTitle") };
}

/** The company's plan for the global-strategy questionnaire. */
export default async function StrategyPlanPage({ searchParams }: Params) {
  const user = await requireUser("/strategy/plan");
  if (!isCompanyUser(user)) forbidden();
  const plan = await guarded(getPlan(getDb(), user, { productId: null }));
  if (!plan) forbidden();
  const [t, query] = await Promise.all([getTranslations("plans"), searchParams]);
  return (
    <PlanPage
      plan={plan}
      title={`${t("strategyTitle")} — ${plan.companyName}`}
      back={{ href: "/strategy", label: t("backStrategy") }}
      done={typeof query.done === "string" ? query.done : undefined}
    />
  );
}
