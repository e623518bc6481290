import type { Executor } from "@/db/client";
import { ForbiddenError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { hasCapability, loadRights, type Rights } from "@/lib/rights/rights";

/**
 * Who may do what on the team (decision 0007):
 * - every member of the company reads the team list and a member's page;
 * - the Responsable, or a contributor holding "create_users", adds contributors;
 * - only the Responsable disables, re-enables, resends links, reads and edits the rights
 *   matrix, and transfers the role. A contributor never grants anything.
 * Agency staff and anonymous callers are refused here; support has its own lookup.
 */
export async function teamRights(db: Executor, user: AppUser | null): Promise<Rights> {
  if (!user) throw new ForbiddenError("signed-out");
  return loadRights(db, user);
}

export async function assertTeamManager(db: Executor, user: AppUser | null): Promise<Rights> {
  const rights = await teamRights(db, user);
  if (!rights.isResponsable) throw new ForbiddenError();
  return rights;
}

export async function assertCanAddMembers(db: Executor, user: AppUser | null): Promise<Rights> {
  const rights = await teamRights(db, user);
  if (!hasCapability(rights, "create_users")) throw new ForbiddenError();
  return rights;
}

/** What the team page may offer the user; the lib functions check again on use. */
export type TeamPermissions = { canAdd: boolean; canManage: boolean };

export function teamPermissions(rights: Rights): TeamPermissions {
  return { canAdd: hasCapability(rights, "create_users"), canManage: rights.isResponsable };
}

export function actorOf(user: AppUser): Actor {
  return { kind: "user", id: user.id, username: user.username, companyId: user.companyId };
}
