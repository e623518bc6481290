import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { getProduct, listBaseChoices } from "@/lib/products/queries";
import { BasesForm } from "../../_components/bases-form";
import { guarded } from "@/lib/pages/guarded";
import { productLabel } from "@/lib/products/label";
import { productTitle } from "../../_components/product-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await productTitle((await params).id, "bases.title") };
}

/** Relinks an option product: the active bases the user may see, plus the current links. */
export default async function ProductBasesPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/bases`);
  const product = await guarded(getProduct(getDb(), user, id));
  if (!product || (!product.can.linkBases && product.status === "active" && product.kind === "option")) return <Forbidden />;
  const t = await getTranslations("products");
  const current = product.links.map((l) => l.id);
  const choices = product.can.linkBases ? await listBaseChoices(getDb(), user, current) : [];
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/products/${id}`}>{t("backToProduct")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("bases.title", { name: `${product.name} ${product.version}` })}</h1>
      {product.can.linkBases ? (
        <>
          <p className="mt-4 text-ink-soft">{t("bases.intro")}</p>
          <BasesForm
            productId={id}
            choices={choices.map((b) => ({ id: b.id, label: productLabel(t, b), archived: b.status === "archived" }))}
            selected={current}
            hiddenNote={product.hiddenLinks ? t("bases.hidden", { count: product.hiddenLinks }) : undefined}
          />
        </>
      ) : (
        <Notice tone="info">{t(product.kind === "option" ? "edit.archived" : "errors.basesOnlyForOptions")}</Notice>
      )}
    </div>
  );
}
