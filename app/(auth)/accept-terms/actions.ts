"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { homeFor } from "@/lib/navigation/menu";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { acceptCurrentTerms } from "@/lib/terms/enforce";

export const acceptTermsAction = defineAction({
  schema: z.object({ acceptTerms: z.literal("on", { error: "account.acceptTerms.required" }), from: z.string().max(500).optional() }),
  access: "user",
  allowPendingTerms: true,
  async run({ input, user, meta }) {
    await acceptCurrentTerms(user, meta);
    return { data: undefined, redirectTo: safeLocalPath(input.from) ?? homeFor(user) };
  },
});
