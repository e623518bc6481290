import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { AgencyRole, AppUser } from "@/lib/auth/types";

/**
 * For the agency's pages: a company user gets 404 (the space does not exist for them),
 * another agency role 403. The lib/ functions the page calls check again.
 */
export async function requireAgencyPage(role: AgencyRole, from: string): Promise<AppUser> {
  const user = await requireUser(from);
  if (user.agencyRole === null) notFound();
  if (user.agencyRole !== role) forbidden();
  return user;
}
