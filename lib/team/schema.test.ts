import { describe, expect, it } from "vitest";
import { rightsMatrixSchema } from "./schema";

const U = "11111111-1111-4111-8111-111111111111";
const P = "22222222-2222-4222-8222-222222222222";
const Q = "33333333-3333-4333-8333-333333333333";

describe("rightsMatrixSchema", () => {
  it("reads an unchecked box and an absent select as 'no right' for what the form showed", () => {
    const parsed = rightsMatrixSchema.parse({
      members: U,
      products: [P, Q],
      [`cap:${U}:create_products`]: "on",
      [`product:${U}:${P}`]: "validate",
      [`strategy:${U}`]: "draft",
    });
    expect(parsed).toEqual([
      {
        userId: U,
        cells: [
          { kind: "create_users", enabled: false },
          { kind: "create_products", enabled: true },
          { kind: "strategy", level: "draft" },
          { kind: "product", productId: P, level: "validate" },
          { kind: "product", productId: Q, level: null },
        ],
      },
    ]);
  });

  it("refuses an unknown level, a cell outside the listed members or products, and stray fields", () => {
    expect(rightsMatrixSchema.safeParse({ members: U, products: P, [`product:${U}:${P}`]: "admin" }).success).toBe(false);
    expect(rightsMatrixSchema.safeParse({ members: U, products: P, [`product:${U}:${Q}`]: "draft" }).success).toBe(false);
    expect(rightsMatrixSchema.safeParse({ members: U, products: P, [`strategy:${P}`]: "draft" }).success).toBe(false);
    expect(rightsMatrixSchema.safeParse({ members: U, products: P, role: "responsable" }).success).toBe(false);
    expect(rightsMatrixSchema.safeParse({ members: "not-a-uuid" }).success).toBe(false);
  });

  it("accepts an empty form (no contributor yet)", () => {
    expect(rightsMatrixSchema.parse({})).toEqual([]);
  });
});
