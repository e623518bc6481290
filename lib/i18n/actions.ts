"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { LOCALE_COOKIE, LOCALES } from "./locales";
import { splitLocalePrefix } from "./public-paths";

// The choice persists for a year across visits; a signed-in user's choice also sets the
// language of the emails sent to them (recorded by the accounts area).
export const switchLocale = defineAction({
  schema: z.object({ locale: z.enum(LOCALES), returnTo: z.string().optional() }),
  access: "public",
  async run({ input }) {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    const back = safeLocalPath(input.returnTo) ?? "/";
    // A prerendered page may know itself by its internal address (/fr/faq): go back to the
    // public one, or the proxy would set the language of that address again.
    const url = new URL(back, "http://app.invalid");
    const publicPath = splitLocalePrefix(url.pathname)?.path ?? url.pathname;
    return { data: undefined, redirectTo: publicPath + url.search + url.hash };
  },
});
