"use server";

import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/actions/action";
import { enforce, RATE_RULES } from "@/lib/security/rate-limit";
import { contactSchema } from "@/lib/contact/schema";
import { submitContactMessage } from "@/lib/contact/submit";

export const sendContactMessage = defineAction({
  schema: contactSchema,
  access: "public",
  async run({ input, user, meta, t }) {
    const actor = user
      ? ({ kind: "user", id: user.id, username: user.username, companyId: user.companyId } as const)
      : ({ kind: "anonymous" } as const);
    await enforce([
      [RATE_RULES.contactClient, meta.ip],
      [RATE_RULES.contactAddress, input.email],
    ]);
    const { reference } = await submitContactMessage(input, await getLocale(), actor, meta);
    return { data: { reference }, message: t("contact.sent", { reference }) };
  },
});
