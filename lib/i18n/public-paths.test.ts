import { describe, expect, it } from "vitest";
import { isPublicPagePath, localizedPath, splitLocalePrefix } from "./public-paths";

describe("public page addresses", () => {
  it("knows the public pages, not the signed-in ones", () => {
    for (const path of [
      "/",
      "/faq",
      "/documentation",
      "/terms",
      "/questionnaires",
      "/questionnaires/interop/2.0",
      "/contact",
      "/request-account/complete/abc",
    ])
      expect(isPublicPagePath(path)).toBe(true);
    for (const path of ["/login", "/dashboard", "/faq/x", "/operator", "/api/public-counts"]) expect(isPublicPagePath(path)).toBe(false);
  });

  it("maps a public address to its language's version and back", () => {
    expect(localizedPath("/faq", "en")).toBe("/en/faq");
    expect(localizedPath("/", "fr")).toBe("/fr");
    expect(splitLocalePrefix("/en/faq")).toEqual({ locale: "en", path: "/faq" });
    expect(splitLocalePrefix("/fr")).toEqual({ locale: "fr", path: "/" });
    expect(splitLocalePrefix("/en/login")).toBeNull();
    expect(splitLocalePrefix("/faq")).toBeNull();
    expect(splitLocalePrefix("/english")).toBeNull();
  });
});
