"use server";

import { z } from "zod";
import { confirmEmailChange } from "@/lib/accounts/profile";
import { defineAction } from "@/lib/actions/action";

// Confirmed by a button, not by opening the link: mail scanners that follow links change nothing.
export const confirmEmailAction = defineAction({
  schema: z.object({ token: z.string().min(1).max(200) }),
  access: "public",
  async run({ input, meta, t }) {
    const { newEmail } = await confirmEmailChange(input.token, meta);
    // No revalidation: refreshing this page would replace the confirmation by "link used".
    return { data: undefined, message: t("account.confirmEmail.done", { email: newEmail }) };
  },
});
