import { ForbiddenError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";

/** Account requests are reviewed by the agency's operators only. */
export function assertOperator(user: AppUser | null): asserts user is AppUser {
  if (!user || user.agencyRole !== "operator") throw new ForbiddenError();
}

export function actorOf(user: AppUser): Actor {
  return { kind: "user", id: user.id, username: user.username, companyId: user.companyId };
}
