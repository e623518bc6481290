"use server";

import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/auth";
import { defineAction } from "@/lib/actions/action";
import { ActionError } from "@/lib/actions/errors";
import { currentLock } from "@/lib/auth/login";
import { formatTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { RATE_RULES } from "@/lib/security/rate-limit";
import { acceptTermsPath, mustAcceptTermsByUsername } from "@/lib/terms/enforce";

export const signInAction = defineAction({
  schema: z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(500), from: z.string().optional() }),
  access: "public",
  async run({ input }) {
    try {
      // redirect: false keeps control here; the wrapper redirects last.
      await signIn("credentials", { username: input.username, password: input.password, redirect: false });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      if (error.code === "locked") {
        const until = (await currentLock(input.username)) ?? new Date(Date.now() + 15 * 60_000);
        const time = formatTime(until, parseLocale(await getLocale()));
        throw new ActionError("login.locked", {}, { time });
      }
      if (error.code === "throttled")
        throw new ActionError("errors.rateLimited", {}, { minutes: Math.ceil(RATE_RULES.loginClient.windowSeconds / 60) });
      throw new ActionError(error.code === "disabled" ? "login.disabled" : "login.invalid");
    }
    const target = safeLocalPath(input.from) ?? "/home";
    // Newer terms of use come before anything else (requireUser enforces it on every page too).
    if (await mustAcceptTermsByUsername(input.username)) return { data: undefined, redirectTo: acceptTermsPath(target) };
    return { data: undefined, redirectTo: target };
  },
});
