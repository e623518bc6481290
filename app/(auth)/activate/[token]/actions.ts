"use server";

import { z } from "zod";
import { activateAccount } from "@/lib/accounts/activation";
import { newPasswordFields } from "@/lib/accounts/credentials";
import { defineAction } from "@/lib/actions/action";

export const activateAction = defineAction({
  schema: z.object({
    token: z.string().min(1).max(200),
    ...newPasswordFields,
    acceptTerms: z.literal("on", { error: "account.activate.termsRequired" }),
  }),
  access: "public",
  async run({ input, meta }) {
    const { username } = await activateAccount(input, meta);
    return { data: undefined, redirectTo: `/login?activated=${encodeURIComponent(username)}` };
  },
});
