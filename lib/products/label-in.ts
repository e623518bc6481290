import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { productLabel, type NamedProduct, type ProductLabelTranslate } from "./label";

/**
 * productLabel outside a request (emails, jobs, exports) in a given locale. Kept apart from
 * label.ts, which client components import: this one reads the whole message catalogue.
 */
export function productLabelIn(locale: Locale, product: NamedProduct): string {
  const t = translatorFor(locale);
  const scoped: ProductLabelTranslate = (key, values) =>
    (t as unknown as (k: string, v?: Record<string, string>) => string)(`products.${key}`, values);
  return productLabel(scoped, product);
}
