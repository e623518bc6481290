"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { disableStaff, enableStaff, inviteStaff } from "@/lib/staff/manage";
import { staffInviteSchema, staffStatusSchema } from "@/lib/staff/schema";

// Each action only parses and delegates: lib/staff checks the administrator role on every call.

export const inviteStaffAction = defineAction({
  schema: staffInviteSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { username } = await inviteStaff(user, input, meta);
    return { data: { username }, revalidate: ["/admin"], redirectTo: `/admin?done=invited&username=${encodeURIComponent(username)}` };
  },
});

const statusSchema = staffStatusSchema.extend({
  action: z.enum(["disable", "enable"]),
  confirm: z.literal("on", { error: "supportDesk.errors.confirm" }),
});

export const staffStatusAction = defineAction({
  schema: statusSchema,
  access: "user",
  async run({ input, user, meta }) {
    if (input.action === "disable") await disableStaff(user, input, meta);
    else await enableStaff(user, input, meta);
    return { data: undefined, revalidate: ["/admin"], redirectTo: `/admin?done=${input.action}d` };
  },
});
