import { createTranslator } from "next-intl";
import { messages as en } from "@/messages/en";
import { messages as fr } from "@/messages/fr";
import { TIME_ZONE, type Locale } from "./locales";

export type Messages = typeof fr;
export const MESSAGES: Record<Locale, Messages> = { fr, en };

/** A translator outside a request (emails, background jobs, tests). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
}
