import type { AppUser } from "@/lib/auth/types";

export type MenuItem = { href: string; labelKey: string };

const PUBLIC: MenuItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/faq", labelKey: "faq" },
  { href: "/documentation", labelKey: "documentation" },
  { href: "/questionnaires", labelKey: "questionnaires" },
  { href: "/contact", labelKey: "contact" },
];

/** Each kind of user gets the menu of its own space; the pages still check the role. */
export function menuFor(user: AppUser | null, showMailbox: boolean): MenuItem[] {
  const items: MenuItem[] = (() => {
    if (!user) return PUBLIC;
    if (user.agencyRole === "operator")
      return [
        { href: "/operator", labelKey: "requests" },
        { href: "/operator/observatory", labelKey: "observatory" },
        { href: "/audit", labelKey: "audit" },
        ...PUBLIC.slice(1),
      ];
    if (user.agencyRole === "support")
      return [{ href: "/support", labelKey: "companyLookup" }, { href: "/audit", labelKey: "audit" }, ...PUBLIC.slice(1)];
    return [
      { href: "/dashboard", labelKey: "dashboard" },
      { href: "/products", labelKey: "products" },
      { href: "/evaluations", labelKey: "evaluations" },
      { href: "/strategy", labelKey: "strategy" },
      { href: "/team", labelKey: "team" },
      ...PUBLIC.slice(1),
    ];
  })();
  const withProfile = user ? [...items, { href: "/profile", labelKey: "profile" }] : items;
  return showMailbox ? [...withProfile, { href: "/mailbox", labelKey: "mailbox" }] : withProfile;
}

/** Where a user lands after signing in. */
export function homeFor(user: AppUser): string {
  if (user.agencyRole === "operator") return "/operator";
  if (user.agencyRole === "support") return "/support";
  return "/dashboard";
}

/** Only same-site paths are followed after sign-in or a language switch (no open redirect). */
export function safeLocalPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
