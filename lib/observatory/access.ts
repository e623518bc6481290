import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";

/**
 * Who may read the national observatory: the agency's operators (and its administrators,
 * when that role exists: add it here). Support sees states, not national figures. Company
 * users never learn the page exists.
 */
export function canReadObservatory(user: Pick<AppUser, "agencyRole"> | null): boolean {
  return user?.agencyRole === "operator";
}

/** 404 for anyone outside the agency, 403 for agency staff whose role may not read it. */
export function assertCanReadObservatory(user: AppUser | null): asserts user is AppUser {
  if (!user || !user.agencyRole) throw new NotFoundError("observatory");
  if (!canReadObservatory(user)) throw new ForbiddenError();
}
