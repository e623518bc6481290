"use server";

import { z } from "zod";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { defineAction } from "@/lib/actions/action";
import { enforce, RATE_RULES } from "@/lib/security/rate-limit";

// The answer is the same whether or not an account matches: it reveals nothing.
export const forgotPasswordAction = defineAction({
  schema: z.object({ identifier: z.string().trim().min(1).max(254) }),
  access: "public",
  async run({ input, meta, t }) {
    // Per client and per identifier typed (account or not, the same): no flood of reset emails.
    await enforce([
      [RATE_RULES.passwordResetClient, meta.ip],
      [RATE_RULES.passwordResetAccount, input.identifier],
    ]);
    await requestPasswordReset(input.identifier, meta);
    return { data: undefined, message: t("account.forgot.sent", { identifier: input.identifier }) };
  },
});
