import type { Db } from "@/db/client";
import { createInvitedUser } from "@/lib/accounts/invite";
import type { RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { actorOf, assertCanAddMembers } from "./access";
import type { AddContributorInput } from "./schema";

/**
 * Adds a contributor to the user's company: an invited account with a generated username,
 * no rights, and an activation email, in one transaction. The Responsable or a contributor
 * holding "create_users" may do it.
 */
export async function addContributor(db: Db, user: AppUser | null, input: AddContributorInput, meta: RequestMeta = {}) {
  return db.transaction(async (tx) => {
    const rights = await assertCanAddMembers(tx, user);
    const created = await createInvitedUser(
      tx,
      { ...input, companyId: rights.companyId, companyRole: "contributor" },
      actorOf(user!),
      meta,
    );
    return { id: created.id, username: created.username, email: created.email };
  });
}
