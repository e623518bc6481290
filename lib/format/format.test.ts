import { describe, expect, it } from "vitest";
import {
  addQuarters,
  compareQuarters,
  dayInParis,
  formatDate,
  formatDateTime,
  formatDelta,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatScore,
  formatTime,
  lastDayOfQuarter,
  quarterOfDay,
  todayInParis,
} from "./index";

describe("figures", () => {
  it("formats a score with one decimal in each language", () => {
    expect(formatScore(58.92857142857143, "fr")).toBe("58,9");
    expect(formatScore(58.92857142857143, "en")).toBe("58.9");
    expect(formatScore(100, "fr")).toBe("100");
  });
  it("groups thousands and signs deltas with a true minus", () => {
    expect(formatNumber(12345, "fr")).toBe("12\u202f345");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatDelta(-2.04, "fr")).toBe("−2");
    expect(formatDelta(3.46, "fr")).toBe("+3,5");
    expect(formatDelta(0, "en")).toBe("0");
  });
  it("formats shares as percentages", () => {
    expect(formatPercent(0.42, "fr")).toBe("42\u00a0%");
    expect(formatPercent(0.42, "en")).toBe("42%");
  });

  // \s: the space before the unit differs between ICU versions (plain, no-break or narrow).
  it("gives file sizes in kilobytes, with a decimal only for small files", () => {
    expect(formatFileSize(2560, "fr")).toMatch(/^2,5\sko$/);
    expect(formatFileSize(2560, "en")).toMatch(/^2\.5\skB$/);
    expect(formatFileSize(123_456, "fr")).toMatch(/^121\sko$/);
  });
});

describe("dates", () => {
  it("formats a calendar day without shifting it", () => {
    expect(formatDate("2027-06-30", "fr")).toBe("30 juin 2027");
    expect(formatDate("2027-06-30", "en")).toBe("June 30, 2027");
  });
  it("formats instants in Paris time", () => {
    expect(formatDateTime(new Date("2026-12-01T23:30:00Z"), "fr")).toBe("2 décembre 2026 à 00:30");
    expect(formatDateTime("2026-12-01T23:30:05Z", "fr", "short", "medium")).toBe("02/12/2026 00:30:05");
  });

  it("formats the time of an instant alone, in Paris time", () => {
    expect(formatTime(new Date("2026-12-01T09:15:00Z"), "fr")).toBe("10:15");
    expect(formatTime(new Date("2026-12-01T09:15:00Z"), "en")).toMatch(/^10:15\sAM$/);
  });

  it("tells the Paris day of an instant, to show only its date", () => {
    expect(dayInParis(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
    expect(formatDate(dayInParis("2026-12-01T23:30:00Z"), "en", "medium")).toBe("Dec 2, 2026");
  });
  it("tells today's day in Paris", () => {
    expect(todayInParis(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInParis(new Date("2026-06-30T12:00:00Z"))).toBe("2026-06-30");
  });
});

describe("quarters", () => {
  it("reads a stored quarter in each language", () => {
    expect(formatQuarter("2027-T2", "fr")).toBe("T2\u00a02027");
    expect(formatQuarter("2027-T2", "en")).toBe("Q2\u00a02027");
  });
  it("computes quarters of days, offsets and ends", () => {
    expect(quarterOfDay("2027-06-30")).toBe("2027-T2");
    expect(quarterOfDay("2027-07-01")).toBe("2027-T3");
    expect(addQuarters("2027-T4", 1)).toBe("2028-T1");
    expect(addQuarters("2027-T1", -1)).toBe("2026-T4");
    expect(compareQuarters("2027-T1", "2026-T4")).toBeGreaterThan(0);
    expect(lastDayOfQuarter("2027-T1")).toBe("2027-03-31");
    expect(lastDayOfQuarter("2027-T4")).toBe("2027-12-31");
  });
});
