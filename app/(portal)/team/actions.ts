"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { addContributor } from "@/lib/team/add-contributor";
import { saveRights } from "@/lib/team/grants";
import { disableMember, enableMember, resendActivation } from "@/lib/team/member-status";
import { addContributorSchema, memberIdSchema, rightsMatrixSchema, transferSchema } from "@/lib/team/schema";
import { transferResponsable } from "@/lib/team/transfer";

// Each action only parses and delegates: lib/team checks the user's right on every call.

export const addContributorAction = defineAction({
  schema: addContributorSchema,
  access: "user",
  async run({ input, user, meta }) {
    const created = await addContributor(getDb(), user, input, meta);
    return { data: created, revalidate: ["/team"], redirectTo: `/team/${created.id}?done=created` };
  },
});

export const disableMemberAction = defineAction({
  schema: memberIdSchema,
  access: "user",
  async run({ input, user, meta }) {
    await disableMember(getDb(), user, input.userId, meta);
    return { data: undefined, revalidate: ["/team"], redirectTo: `/team/${input.userId}?done=disabled` };
  },
});

export const enableMemberAction = defineAction({
  schema: memberIdSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { status } = await enableMember(getDb(), user, input.userId, meta);
    return {
      data: undefined,
      revalidate: ["/team"],
      redirectTo: `/team/${input.userId}?done=${status === "active" ? "enabled" : "enabledInvited"}`,
    };
  },
});

export const resendActivationAction = defineAction({
  schema: memberIdSchema,
  access: "user",
  async run({ input, user, meta }) {
    await resendActivation(getDb(), user, input.userId, meta);
    return { data: undefined, redirectTo: `/team/${input.userId}?done=resent` };
  },
});

export const transferAction = defineAction({
  schema: transferSchema,
  access: "user",
  async run({ input, user, meta }) {
    await transferResponsable(getDb(), user, input.userId, meta);
    return { data: undefined, revalidate: ["/team", "/dashboard"], redirectTo: "/team?done=transferred" };
  },
});

export const saveRightsAction = defineAction({
  schema: rightsMatrixSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { changed } = await saveRights(getDb(), user, input, meta);
    return {
      data: { changed },
      revalidate: ["/team", "/dashboard"],
      // The per-contributor page saves one person: back to that page.
      redirectTo: input.length === 1 ? `/team/rights/${input[0].userId}?saved=${changed}` : `/team/rights?saved=${changed}`,
    };
  },
});
