import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { PRODUCT_KINDS } from "@/lib/products/choices";
import { canCreateProducts, listBaseChoices } from "@/lib/products/queries";
import { parseFilter } from "@/lib/tables/query";
import { guarded } from "@/lib/pages/guarded";
import { productLabel } from "@/lib/products/label";
import { ProductForm } from "../_components/product-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products"))("new.title") };
}

export default async function NewProductPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/products/new");
  const allowed = await guarded(canCreateProducts(getDb(), user));
  if (!allowed) return <Forbidden />;
  const [t, bases] = await Promise.all([getTranslations("products"), listBaseChoices(getDb(), user)]);
  // "?kind=option" preselects the kind, for links such as "add an option".
  const kind = parseFilter(await searchParams, "kind", PRODUCT_KINDS);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("new.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("new.intro")}</p>
      <ProductForm
        mode="create"
        defaults={{ kind }}
        hidden={{}}
        baseChoices={bases.map((b) => ({ id: b.id, label: productLabel(t, b), archived: false }))}
        cancelHref="/products"
      />
    </div>
  );
}
