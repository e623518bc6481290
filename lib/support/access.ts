import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/record";
import type { AgencyRole, AppUser } from "@/lib/auth/types";

/**
 * The agency's spaces exist only for agency staff: a company user is told nothing exists
 * (404), a member of the agency with another role is refused (403), as is a signed-out caller.
 */
export function assertAgencyRole(user: AppUser | null, role: AgencyRole): AppUser {
  if (!user) throw new ForbiddenError("signed-out");
  if (user.agencyRole === null) throw new NotFoundError("agency space");
  if (user.agencyRole !== role) throw new ForbiddenError();
  return user;
}

export function assertSupport(user: AppUser | null): AppUser {
  return assertAgencyRole(user, "support");
}

/** The audit actor of an agency agent; the label carries their name, as the issue asks. */
export function agentActor(user: AppUser): Actor {
  return { kind: "user", id: user.id, username: user.username, companyId: null };
}

export function agentName(user: AppUser): string {
  return `${user.firstName} ${user.lastName}`;
}
