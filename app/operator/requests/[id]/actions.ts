"use server";

import { approveRequest, askForInformation, rejectRequest } from "@/lib/account-requests/decide";
import { approveSchema, askInfoSchema, rejectSchema } from "@/lib/account-requests/schema";
import { defineAction } from "@/lib/actions/action";

const done = (id: string, decision: string) => ({
  data: undefined,
  revalidate: ["/operator"],
  redirectTo: `/operator/requests/${id}?done=${decision}`,
});

export const approveAction = defineAction({
  schema: approveSchema,
  access: "user",
  async run({ input, user, meta }) {
    await approveRequest(user, input, meta);
    return done(input.id, "approved");
  },
});

export const rejectAction = defineAction({
  schema: rejectSchema,
  access: "user",
  async run({ input, user, meta }) {
    await rejectRequest(user, input, meta);
    return done(input.id, "rejected");
  },
});

export const askInfoAction = defineAction({
  schema: askInfoSchema,
  access: "user",
  async run({ input, user, meta }) {
    await askForInformation(user, input, meta);
    return done(input.id, "info_requested");
  },
});
