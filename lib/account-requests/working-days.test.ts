import { describe, expect, it } from "vitest";
import { isOverdue, isWorkingDay, parisDateKey, workingDaysBetween } from "./working-days";

describe("working days", () => {
  it("skips weekends and French public holidays", () => {
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas, a Friday
    expect(isWorkingDay("2026-12-26")).toBe(false); // Saturday
    expect(isWorkingDay("2026-05-25")).toBe(false); // Whit Monday 2026
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday 2026
    expect(isWorkingDay("2026-12-28")).toBe(true);
  });

  it("counts the working days after the submission day, in Paris time", () => {
    // Monday 30 Nov 2026 → Monday 7 Dec 2026: Tue, Wed, Thu, Fri, Mon.
    expect(workingDaysBetween(new Date("2026-11-30T09:00:00Z"), new Date("2026-12-07T09:00:00Z"))).toBe(5);
    // 23:30 UTC on Sunday is already Monday in Paris.
    expect(parisDateKey(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
    // Across Christmas and New Year: 24 Dec → 4 Jan 2027 skips 25 Dec and 1 Jan.
    expect(workingDaysBetween(new Date("2026-12-24T10:00:00Z"), new Date("2027-01-04T10:00:00Z"))).toBe(5);
  });

  it("flags a request after more than five working days only", () => {
    const submitted = new Date("2026-11-30T09:00:00Z");
    expect(isOverdue(submitted, new Date("2026-12-07T18:00:00Z"))).toBe(false);
    expect(isOverdue(submitted, new Date("2026-12-08T08:00:00Z"))).toBe(true);
    expect(isOverdue(submitted, submitted)).toBe(false);
  });
});
