import { describe, expect, it } from "vitest";
import { backoffSeconds } from "./sender";

describe("backoff", () => {
  it("doubles from 30 seconds and stops growing at one hour", () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(20)).toBe(3600);
  });
});
