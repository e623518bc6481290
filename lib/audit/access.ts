import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";

/**
 * Who may read the audit trail: the agency's operators, support agents and administrators.
 * Company users never read it: for them the agency's pages do not exist.
 */
export function canReadAudit(user: Pick<AppUser, "agencyRole"> | null): boolean {
  return user?.agencyRole === "operator" || user?.agencyRole === "support" || user?.agencyRole === "admin";
}

/** 404 for anyone outside the agency, 403 for agency staff whose role may not read it. */
export function assertCanReadAudit(user: AppUser | null): asserts user is AppUser {
  if (!user || !user.agencyRole) throw new NotFoundError("audit");
  if (!canReadAudit(user)) throw new ForbiddenError();
}
