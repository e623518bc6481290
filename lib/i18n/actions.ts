"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { LOCALE_COOKIE, LOCALES } from "./locales";

// The choice persists for a year across visits; a signed-in user's choice also sets the
// language of the emails sent to them (recorded by the accounts area).
export const switchLocale = defineAction({
  schema: z.object({ locale: z.enum(LOCALES), returnTo: z.string().optional() }),
  access: "public",
  async run({ input }) {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { data: undefined, redirectTo: safeLocalPath(input.returnTo) ?? "/" };
  },
});
