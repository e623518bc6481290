import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, parseLocale } from "./locales";
import { MESSAGES } from "./messages";

// No locale in the URL: the choice lives in a cookie, French until the visitor switches.
export default getRequestConfig(async () => {
  const locale = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
