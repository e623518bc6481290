"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { defineAction } from "@/lib/actions/action";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentSessionId } from "./current-user";
import { endSession, endUserSessions } from "./sessions";

export const signOutAction = defineAction({
  schema: z.object({}),
  access: "public",
  async run({ user, meta }) {
    // The server-side session is deleted: the cookie, even if kept, opens nothing any more.
    const sid = await getCurrentSessionId();
    if (sid) await endSession(sid);
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

/** "Sign out everywhere" (profile): ends every session of the user, this one included. */
export const signOutEverywhereAction = defineAction({
  schema: z.object({}),
  access: "user",
  allowPendingTerms: true,
  async run({ user, meta }) {
    await getDb().transaction(async (tx) => {
      const ended = await endUserSessions(tx, user.id);
      await recordAudit(tx, {
        actor: { kind: "user", id: user.id, username: user.username, companyId: user.companyId },
        action: "auth.sign_out_everywhere",
        entityType: "user",
        entityId: user.id,
        data: { sessions: ended },
        meta,
      });
    });
    await signOut({ redirect: false });
    return { data: undefined, redirectTo: "/login?signedOut=1" };
  },
});
