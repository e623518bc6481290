import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { productLabel, type NamedProduct, type ProductLabelTranslate } from "./label";

/** productLabel for server code (pages, emails, exports) in the request's or a given locale. */
export async function productLabeller(locale?: Locale): Promise<(p: NamedProduct) => string> {
  const t = locale ? await getTranslations({ locale, namespace: "products" }) : await getTranslations("products");
  return (p) => productLabel(t as unknown as ProductLabelTranslate, p);
}
