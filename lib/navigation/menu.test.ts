import { describe, expect, it } from "vitest";
import type { AppUser } from "@/lib/auth/types";
import { homeFor, menuFor, safeLocalPath } from "./menu";

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

  it("shows the local mailbox only when asked (outside production)", () => {
    expect(menuFor(null, true).some((i) => i.href === "/mailbox")).toBe(true);
    expect(menuFor(null, false).some((i) => i.href === "/mailbox")).toBe(false);
  });

  it("follows only same-site paths after sign-in", () => {
    expect(safeLocalPath("/products?page=2")).toBe("/products?page=2");
    expect(safeLocalPath("https://evil.example")).toBeNull();
    expect(safeLocalPath("//evil.example")).toBeNull();
    expect(safeLocalPath("/\\evil.example")).toBeNull();
    expect(safeLocalPath(undefined)).toBeNull();
  });
});
