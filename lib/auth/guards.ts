import { ForbiddenError } from "@/lib/actions/errors";
import { isCompanyUser, type AgencyRole, type AppUser } from "./types";

export function assertAgency(user: AppUser, role: AgencyRole): void {
  if (user.agencyRole !== role) throw new ForbiddenError();
}

export function assertCompanyUser(
  user: AppUser,
): asserts user is AppUser & { companyId: string; companyRole: "responsable" | "contributor" } {
  if (!isCompanyUser(user)) throw new ForbiddenError();
}
