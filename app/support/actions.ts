"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import {
  supportCorrectEmail,
  supportDisable,
  supportEnable,
  supportResendActivation,
  supportResendEmail,
  supportUnlock,
} from "@/lib/support/actions";
import { markMessageHandled } from "@/lib/support/messages";
import { correctEmailSchema, personActionSchema, resendEmailSchema } from "@/lib/support/schema";

// Each action only parses and delegates: lib/support checks the support role on every call.

const confirmed = { confirm: z.literal("on", { error: "supportDesk.errors.confirm" }) };

const RUN = { resendActivation: supportResendActivation, unlock: supportUnlock, disable: supportDisable, enable: supportEnable } as const;

export const personAction = defineAction({
  schema: personActionSchema.extend(confirmed),
  access: "user",
  async run({ input, user, meta }) {
    await RUN[input.action](user, input, meta);
    return { data: undefined, redirectTo: `/support/people/${input.personId}?done=${input.action}` };
  },
});

export const correctEmailAction = defineAction({
  schema: correctEmailSchema.extend(confirmed),
  access: "user",
  async run({ input, user, meta }) {
    const { applied } = await supportCorrectEmail(user, input, meta);
    return {
      data: undefined,
      redirectTo: `/support/people/${input.personId}?done=${applied ? "emailCorrected" : "emailConfirmationSent"}`,
    };
  },
});

export const resendEmailAction = defineAction({
  schema: resendEmailSchema.extend({ ...confirmed, back: z.string().regex(/^\/support\/(companies|people)\/[0-9a-f-]{36}$/) }),
  access: "user",
  async run({ input, user, meta }) {
    await supportResendEmail(user, input, meta);
    return { data: undefined, redirectTo: `${input.back}?done=emailResent` };
  },
});

export const markHandledAction = defineAction({
  schema: z.object({ messageId: z.uuid({ error: "errors.notFound" }) }),
  access: "user",
  async run({ input, user, meta }) {
    await markMessageHandled(user, input.messageId, meta);
    return { data: undefined, revalidate: ["/support/messages"], redirectTo: "/support/messages?done=handled" };
  },
});
