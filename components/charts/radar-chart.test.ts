import { describe, expect, it } from "vitest";
import { radarPoint } from "./radar-chart";

describe("radar geometry", () => {
  it("puts the first axis straight up and the others clockwise", () => {
    const [x0, y0] = radarPoint(0, 4, 1, 100, 150);
    expect([Math.round(x0), Math.round(y0)]).toEqual([150, 50]);
    const [x1, y1] = radarPoint(1, 4, 0.5, 100, 150);
    expect([Math.round(x1), Math.round(y1)]).toEqual([200, 150]);
    expect(radarPoint(2, 3, 0, 100, 150).map(Math.round)).toEqual([150, 150]);
  });
});
