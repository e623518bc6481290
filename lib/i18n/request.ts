import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, isLocale, parseLocale } from "./locales";
import { MESSAGES } from "./messages";

// The public pages carry the language in their (rewritten) URL and call setRequestLocale, so
// that they can be prerendered without reading a cookie (lib/i18n/public-paths.ts). Every
// other page has no locale in its URL: the choice lives in a cookie, French until the
// visitor switches.
export default getRequestConfig(async ({ requestLocale }) => {
  const fromUrl = await requestLocale;
  const locale = isLocale(fromUrl) ? fromUrl : parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
