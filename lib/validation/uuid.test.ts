import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts canonical UUIDs in either case", () => {
    expect(isUuid("0f8fad5b-d9cb-469f-a165-70867728950e")).toBe(true);
    expect(isUuid("0F8FAD5B-D9CB-469F-A165-70867728950E")).toBe(true);
  });

  it.each([
    "-".repeat(36),
    "0f8fad5b-d9cb-469f-a165-70867728950",
    "0f8fad5bd9cb469fa16570867728950e0000",
    "0f8fad5b-d9cb-469f-a165-70867728950e\u0000",
    "",
    "zf8fad5b-d9cb-469f-a165-70867728950e",
  ])("refuses %j", (value) => expect(isUuid(value)).toBe(false));
});
