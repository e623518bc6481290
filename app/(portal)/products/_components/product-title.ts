import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getProduct } from "@/lib/products/queries";

/** The browser tab's title for a product's pages; the generic one when it cannot be shown. */
export async function productTitle(
  id: string,
  key?: "edit.title" | "duplicate.title" | "duplicateAsOption.title" | "bases.title",
): Promise<string> {
  const [t, user] = await Promise.all([getTranslations("products"), getCurrentUser()]);
  const product = user ? await getProduct(getDb(), user, id).catch(() => null) : null;
  if (!product) return t("title");
  const name = `${product.name} ${product.version}`;
  return key ? t(key, { name }) : name;
}
