"use server";

import { completeAccountRequest } from "@/lib/account-requests/complete";
import { completeRequestSchema } from "@/lib/account-requests/schema";
import { defineAction } from "@/lib/actions/action";

export const completeRequestAction = defineAction({
  schema: completeRequestSchema,
  access: "public",
  async run({ input, meta, t }) {
    const { reference } = await completeAccountRequest(input, meta);
    return { data: { reference }, message: t("accountRequest.complete.done", { reference }) };
  },
});
