import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
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
  return { title: await productTitle((await params).id, "duplicateAsOption.title") };
}

/** Duplicate-and-convert: an option pre-filled from this base and linked to it by default. */
export default async function DuplicateAsOptionPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}/duplicate-as-option`);
  const product = await guarded(getProduct(getDb(), user, id));
  if (!product?.can.duplicate) return <Forbidden />;
  const [t, bases] = await Promise.all([getTranslations("products"), listBaseChoices(getDb(), user)]);
  const name = `${product.name} ${product.version}`;
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/products/${id}`}>{t("backToProduct")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("duplicateAsOption.title", { name })}</h1>
      {product.can.duplicateAsOption ? (
        <>
          <p className="mt-4 text-ink-soft">{t("duplicateAsOption.intro")}</p>
          <ProductForm
            mode="duplicateAsOption"
            defaults={{ ...productFormValues(product, [id]), name: t("duplicateAsOption.optionName", { name: product.name }) }}
            hidden={{ sourceId: id, kind: "option" }}
            kind="option"
            baseChoices={bases.map((b) => ({ id: b.id, label: productLabel(t, b), archived: false }))}
            cancelHref={`/products/${id}`}
          />
        </>
      ) : (
        <Notice tone="info">{t("errors.convertNeedsActiveBase")}</Notice>
      )}
    </div>
  );
}
