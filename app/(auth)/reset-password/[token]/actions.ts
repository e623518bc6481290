"use server";

import { z } from "zod";
import { newPasswordFields } from "@/lib/accounts/credentials";
import { resetPassword } from "@/lib/accounts/password-reset";
import { defineAction } from "@/lib/actions/action";

// Every session of the account ends (session version bumped): the user signs in afresh.
export const resetPasswordAction = defineAction({
  schema: z.object({ token: z.string().min(1).max(200), ...newPasswordFields }),
  access: "public",
  async run({ input, meta }) {
    await resetPassword(input, meta);
    return { data: undefined, redirectTo: "/login?reset=1" };
  },
});
