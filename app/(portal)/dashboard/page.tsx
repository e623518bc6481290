import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { listAccessibleProducts } from "@/lib/rights/accessible-products";
import { productLabeller } from "@/lib/products/label-server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  if (!isCompanyUser(user)) return <Forbidden />;
  const [t, tRoles, tTeam, products, productLabel] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("roles"),
    getTranslations("team.dashboard"),
    listAccessibleProducts(getDb(), user),
    productLabeller(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-xl">{t("welcome", { name: user.firstName })}</p>
      <ul className="mt-4 space-y-1">
        <li>{t("company", { company: user.companyName ?? "" })}</li>
        <li>{t("role", { role: tRoles(user.companyRole) })}</li>
      </ul>
      <section aria-labelledby="my-products" className="mt-8">
        <h2 id="my-products" className="text-2xl font-bold">
          {tTeam("productsTitle")}
        </h2>
        {products.length === 0 && user.companyRole === "responsable" ? (
          // The Responsable sees every product of the company: none means none declared yet.
          <p className="mt-2">
            {tTeam("noProductResponsable")} <Link href="/products/new">{tTeam("declareFirst")}</Link>
          </p>
        ) : products.length === 0 ? (
          <p className="mt-2 text-ink-soft">{tTeam("noProduct")}</p>
        ) : (
          <ul className="mt-2 ml-6 list-disc space-y-1" data-testid="accessible-products">
            {products.map((p) => (
              <li key={p.id}>
                {productLabel(p)} <span className="text-ink-soft">— {tTeam(`levels.${p.level}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8">
        <Link href="/team">{tTeam("teamLink")}</Link>
      </p>
      <p className="mt-6 text-ink-soft">{t("comingNext")}</p>
    </div>
  );
}
