import { describe, expect, it } from "vitest";
import type { AppUser } from "@/lib/auth/types";
import { groupOf, homeFor, menuFor } from "./menu";

const base: AppUser = {
  id: "u",
  username: "u",
  email: "u@x",
  firstName: "U",
  lastName: "V",
  locale: "fr",
  companyId: null,
  companyName: null,
  companyRole: null,
  agencyRole: null,
  sessionVersion: 1,
};

describe("navigation", () => {
  it("gives each kind of user the entry of its own space", () => {
    const hrefs = (u: AppUser | null) => menuFor(u, false).map((i) => i.href);
    expect(hrefs(null)[0]).toBe("/");
    expect(hrefs({ ...base, companyId: "c", companyRole: "contributor" })).toContain("/dashboard");
    expect(hrefs({ ...base, agencyRole: "operator" })).toContain("/operator");
    expect(hrefs({ ...base, agencyRole: "operator" })).not.toContain("/dashboard");
    expect(hrefs({ ...base, agencyRole: "support" })).toContain("/support");
    expect(homeFor({ ...base, agencyRole: "support" })).toBe("/support");
    expect(hrefs({ ...base, agencyRole: "support" })).toContain("/support/messages");
    expect(hrefs({ ...base, agencyRole: "admin" })).toContain("/admin");
    expect(hrefs({ ...base, agencyRole: "admin" })).not.toContain("/support");
    expect(homeFor({ ...base, agencyRole: "admin" })).toBe("/admin");
  });

  it("groups a company user's menu: the work in the bar, help pages together, profile and mailbox in the account menu", () => {
    const items = menuFor({ ...base, companyId: "c", companyRole: "responsable" }, true);
    const group = (g: string) => items.filter((i) => groupOf(i) === g).map((i) => i.href);
    expect(group("work")).toEqual(["/dashboard", "/products", "/evaluations", "/strategy", "/team"]);
    expect(group("help")).toEqual(["/faq", "/documentation", "/questionnaires", "/contact"]);
    expect(group("account")).toEqual(["/profile", "/mailbox"]);
  });

  it("shows the local mailbox only when asked (outside production)", () => {
    expect(menuFor(null, true).some((i) => i.href === "/mailbox")).toBe(true);
    expect(menuFor(null, false).some((i) => i.href === "/mailbox")).toBe(false);
  });
});
