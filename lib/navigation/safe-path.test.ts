import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-path";

describe("safeLocalPath", () => {
  it("keeps a same-origin path with its query", () => {
    expect(safeLocalPath("/products?page=2")).toBe("/products?page=2");
    expect(safeLocalPath("/evaluations/abc#q1")).toBe("/evaluations/abc#q1");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\\/evil.example",
    "/%09/evil.example",
    "javascript:alert(1)",
    "",
  ])("refuses %j, which a browser would follow off-site", (value) => {
    const result = safeLocalPath(value);
    if (result === null) return;
    // Whatever is kept must resolve to our own origin, as a browser would resolve it.
    expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
  });

  it("refuses the tab trick from the outside test", () => {
    expect(safeLocalPath(decodeURIComponent("%2F%09%2Fevil.example%2Fphish"))).toBeNull();
  });

  it("never throws on a newline or odd characters", () => {
    expect(() => safeLocalPath("/a\nb")).not.toThrow();
    expect(safeLocalPath("/a\nb")).toBe("/ab");
    expect(safeLocalPath(undefined)).toBeNull();
  });
});
