import { describe, expect, it, vi } from "vitest";
import { memoizeFor } from "./memo";

describe("memoizeFor", () => {
  it("loads once while fresh, again once stale", async () => {
    let clock = 0;
    const load = vi.fn(async () => clock);
    const memo = memoizeFor(1000, load, () => clock);
    expect(await Promise.all([memo.get(), memo.get()])).toEqual([0, 0]);
    clock = 999;
    expect(await memo.get()).toBe(0);
    clock = 1000;
    expect(await memo.get()).toBe(1000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not remember a failure", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce(7);
    const memo = memoizeFor(60_000, load);
    await expect(memo.get()).rejects.toThrow("down");
    expect(await memo.get()).toBe(7);
  });
});
