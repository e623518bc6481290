import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { productFormValues } from "@/lib/products/form-values";
import { getProduct } from "@/lib/products/queries";
import { guarded } from "@/lib/pages/guarded";
import { ProductForm } from "../../_components/product-form";
import { productTitle } from "../../_components/product-title";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await productTitle((await params).id, "edit.title") };
}

export default async function EditProductPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/edit`);
  const product = await guarded(getProduct(getDb(), user, id));
  if (!product || (!product.can.edit && product.status === "active")) return <Forbidden />;
  const t = await getTranslations("products");
  const name = `${product.name} ${product.version}`;
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/products/${id}`}>{t("backToProduct")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("edit.title", { name })}</h1>
      {product.can.edit ? (
        <>
          <p className="mt-4 text-ink-soft">{t("edit.kindFixed", { kind: t(`kinds.${product.kind}`) })}</p>
          <ProductForm
            mode="edit"
            defaults={productFormValues(product)}
            hidden={{ id }}
            kind={product.kind}
            baseChoices={[]}
            cancelHref={`/products/${id}`}
          />
        </>
      ) : (
        <Notice tone="info">{t("edit.archived")}</Notice>
      )}
    </div>
  );
}
