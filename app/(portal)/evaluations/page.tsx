import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { productLabeller } from "@/lib/products/label-server";
import { evaluationOverview } from "@/lib/evaluations/overview";
import { ThemeStatusCell } from "./_components/theme-status-cell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("overview.title") };
}

const TH = "py-2 pr-4 text-left align-top";

export default async function EvaluationsPage() {
  const user = await requireUser("/evaluations");
  if (!isCompanyUser(user)) return <Forbidden />;
  const [t, overview, productLabel] = await Promise.all([
    getTranslations("evaluations"),
    evaluationOverview(getDb(), user),
    productLabeller(),
  ]);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("overview.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("overview.intro")}</p>

      {overview.strategy && (
        <section aria-labelledby="strategy-title" className="mt-8">
          <h2 id="strategy-title" className="text-2xl font-bold">
            {t("themes.strategy")}
          </h2>
          <div className="mt-2">
            <ThemeStatusCell status={overview.strategy} productId={null} label={t("themes.strategy")} />
          </div>
          <p className="mt-2">
            <Link href="/strategy">{t("overview.strategyPage")}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="products-title" className="mt-8">
        <h2 id="products-title" className="text-2xl font-bold">
          {t("overview.products")}
        </h2>
        {overview.products.length === 0 ? (
          <p className="mt-2">{t("overview.noProduct")}</p>
        ) : (
          // Four columns do not fit a phone: the table scrolls in its own box, not the page.
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse" data-testid="evaluations-overview">
              <caption className="sr-only">{t("overview.caption")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={TH}>
                    {t("overview.product")}
                  </th>
                  {overview.themes.map((theme) => (
                    <th key={theme} scope="col" className={TH}>
                      {t(`themes.${theme}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {overview.products.map(({ product, themes }) => (
                  <tr key={product.id} className="border-b border-line">
                    <th scope="row" className={`${TH} font-normal`}>
                      <Link href={`/products/${product.id}`}>{productLabel(product)}</Link>
                    </th>
                    {themes.map((s) => (
                      <td key={s.theme} className="py-2 pr-4 align-top">
                        <ThemeStatusCell status={s} productId={product.id} label={`${t(`themes.${s.theme}`)}, ${productLabel(product)}`} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
