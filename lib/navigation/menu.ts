import type { AppUser } from "@/lib/auth/types";

/**
 * Where an entry sits in the header: the space's own work (the default, shown in the bar),
 * the help pages (grouped under one "Help" entry once signed in), or the account menu.
 * An entry without a group is work, so that a new space only adds `{ href, labelKey }`.
 */
export type MenuGroup = "work" | "help" | "account";
export type MenuItem = { href: string; labelKey: string; group?: MenuGroup };

const PUBLIC: MenuItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/faq", labelKey: "faq", group: "help" },
  { href: "/documentation", labelKey: "documentation", group: "help" },
  { href: "/questionnaires", labelKey: "questionnaires", group: "help" },
  { href: "/contact", labelKey: "contact", group: "help" },
];

export function groupOf(item: MenuItem): MenuGroup {
  return item.group ?? "work";
}

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
      return [
        { href: "/support", labelKey: "companyLookup" },
        { href: "/support/messages", labelKey: "supportMessages" },
        { href: "/audit", labelKey: "audit" },
        ...PUBLIC.slice(1),
      ];
    if (user.agencyRole === "admin")
      return [{ href: "/admin", labelKey: "staff" }, { href: "/audit", labelKey: "audit" }, ...PUBLIC.slice(1)];
    return [
      { href: "/dashboard", labelKey: "dashboard" },
      { href: "/products", labelKey: "products" },
      { href: "/evaluations", labelKey: "evaluations" },
      { href: "/strategy", labelKey: "strategy" },
      { href: "/team", labelKey: "team" },
      ...PUBLIC.slice(1),
    ];
  })();
  const withProfile: MenuItem[] = user ? [...items, { href: "/profile", labelKey: "profile", group: "account" }] : items;
  // The local mailbox exists outside production only; signed out, it stays a help-side entry.
  return showMailbox ? [...withProfile, { href: "/mailbox", labelKey: "mailbox", group: user ? "account" : "help" }] : withProfile;
}

/** Where a user lands after signing in. */
export function homeFor(user: AppUser): string {
  if (user.agencyRole === "operator") return "/operator";
  if (user.agencyRole === "support") return "/support";
  if (user.agencyRole === "admin") return "/admin";
  return "/dashboard";
}
