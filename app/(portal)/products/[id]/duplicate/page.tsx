import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { productFormValues } from "@/lib/products/form-values";
import { getProduct, listBaseChoices } from "@/lib/products/queries";
import { guarded } from "@/lib/pages/guarded";
import { productLabel } from "@/lib/products/label";
import { ProductForm } from "../../_components/product-form";
import { productTitle } from "../../_components/product-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await productTitle((await params).id, "duplicate.title") };
}

/** A plain copy (new version or edition): same kind; an option keeps its active bases. */
export default async function DuplicateProductPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/duplicate`);
  const product = await guarded(getProduct(getDb(), user, id));
  if (!product?.can.duplicate) return <Forbidden />;
  const [t, bases] = await Promise.all([getTranslations("products"), product.kind === "option" ? listBaseChoices(getDb(), user) : []]);
  const activeBases = product.kind === "option" ? product.links.filter((l) => l.status === "active").map((l) => l.id) : [];
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/products/${id}`}>{t("backToProduct")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("duplicate.title", { name: `${product.name} ${product.version}` })}</h1>
      <p className="mt-4 text-ink-soft">{t("duplicate.intro")}</p>
      <p className="mt-2 text-ink-soft">{t("duplicate.identityHint")}</p>
      <ProductForm
        mode="duplicate"
        defaults={productFormValues(product, activeBases)}
        hidden={{ sourceId: id, kind: product.kind }}
        kind={product.kind}
        baseChoices={bases.map((b) => ({ id: b.id, label: productLabel(t, b), archived: false }))}
        cancelHref={`/products/${id}`}
      />
    </div>
  );
}
