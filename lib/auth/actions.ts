"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { defineAction } from "@/lib/actions/action";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";

export const signOutAction = defineAction({
  schema: z.object({}),
  access: "public",
  async run({ user, meta }) {
    if (user) {
      await recordAudit(getDb(), {
        actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
        action: "auth.sign_out",
        entityType: "user",
        entityId: user.id,
        meta,
      });
    }
    await signOut({ redirect: false });
    return { data: undefined, redirectTo: "/login?signedOut=1" };
  },
});
