import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defaultIssueKey, fieldErrorsFrom } from "./zod-errors";

const schema = z.object({
  name: z.string().trim().min(1),
  email: z.string().email(),
  message: z.string().min(20),
  siren: z.string().refine(() => false, "errors.sirenInvalid"),
});

describe("zod errors", () => {
  it("map every issue to a translated message under its field, with the figures", () => {
    const result = schema.safeParse({ name: " ", email: "nope", message: "short", siren: "1" }, { error: defaultIssueKey });
    // A catalogue where only "tooSmall" uses a figure, like the real one.
    const t = (key: string, params?: Record<string, string | number>) => (key === "errors.tooSmall" ? `at least ${params?.minimum}` : key);
    expect(fieldErrorsFrom(result.error!, t)).toEqual({
      name: ["errors.required"],
      email: ["errors.email"],
      message: ["at least 20"],
      siren: ["errors.sirenInvalid"],
    });
  });

  it("call a missing field required", () => {
    const result = schema.safeParse({}, { error: defaultIssueKey });
    const keys = result.error!.issues.map((i) => i.message);
    expect(keys.every((k) => k === "errors.required")).toBe(true);
  });
});
