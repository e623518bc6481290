import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { guarded } from "@/lib/pages/guarded";
import { getPlan } from "@/lib/plans/load";
import { productLabeller } from "@/lib/products/label-server";
import { PlanPage } from "./_components/plan-page";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function ProductPlanPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/plan`);
  if (!isCompanyUser(user)) forbidden();
  const plan = await guarded(getPlan(getDb(), user, { productId: id }));
  if (!plan) forbidden();
  const [t, label, query] = await Promise.all([getTranslations("plans"), productLabeller(), searchParams]);
  return (
    <PlanPage
      plan={plan}
      title={`${t("title")} — ${plan.product ? label(plan.product) : ""}`}
      back={{ href: `/products/${id}`, label: t("back") }}
      done={typeof query.done === "string" ? query.done : undefined}
    />
  );
}
