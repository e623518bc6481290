/** The acting user, as every data-access function receives it. */
export type AppUser = {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: string;
  companyId: string | null;
  companyName: string | null;
  companyRole: "responsable" | "contributor" | null;
  agencyRole: AgencyRole | null;
  sessionVersion: number;
};

export type AgencyRole = "operator" | "support" | "admin";

export type RoleKey = "responsable" | "contributor" | AgencyRole;

export function roleOf(user: Pick<AppUser, "companyRole" | "agencyRole">): RoleKey {
  return (user.companyRole ?? user.agencyRole) as RoleKey;
}

export function isCompanyUser(user: AppUser): user is AppUser & { companyId: string; companyRole: "responsable" | "contributor" } {
  return user.companyId !== null && user.companyRole !== null;
}

/** Agency staff (operator, support, administrator): no company, no company data. */
export function isAgencyUser(user: Pick<AppUser, "agencyRole">): boolean {
  return user.agencyRole !== null;
}
