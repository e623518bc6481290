import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { users } from "@/db/schema";
import { sendActivation } from "@/lib/accounts/invite";
import { generateUsername } from "@/lib/accounts/username";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type Actor, type RequestMeta } from "@/lib/audit/record";
import type { StaffInvite } from "./schema";

/**
 * An invited agency account (no company): a generated username, and the audit event. With
 * `email: true` its activation link is mailed (the /admin page); the command line issues
 * and prints the link itself instead. Runs in the caller's transaction.
 */
export async function insertStaffAccount(
  tx: Executor,
  input: StaffInvite & { locale?: string },
  actor: Actor,
  options: { email: boolean },
  meta: RequestMeta = {},
) {
  const username = await generateUsername(tx, input.firstName, input.lastName);
  let created: typeof users.$inferSelect;
  try {
    [created] = await tx
      .insert(users)
      .values({
        username,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        agencyRole: input.agencyRole,
        status: "invited",
        locale: input.locale ?? "fr",
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_unique")) throw new ActionError("errors.formInvalid", { email: ["errors.emailTaken"] });
    throw error;
  }
  if (options.email) await sendActivation(tx, created);
  await recordAudit(tx, {
    actor,
    action: "staff.invited",
    entityType: "user",
    entityId: created.id,
    companyId: null,
    data: { username, agencyRole: input.agencyRole, email: input.email },
    meta,
  });
  return created;
}
