import type { z } from "zod";

// Schemas carry i18n keys as messages ("errors.sirenInvalid"); issues without a custom
// message are mapped here to generic keys, with the issue's figures as parameters.
export function defaultIssueKey(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "errors.required" : "errors.tooSmall";
    case "too_big":
      return "errors.tooBig";
    case "invalid_format":
      return issue.format === "email" ? "errors.email" : "errors.format";
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "errors.required" : "errors.invalid";
    default:
      return "errors.invalid";
  }
}

export type TranslateFn = (key: string, params?: Record<string, string | number>) => string;

/** Every issue's message, translated and grouped by the top-level field it concerns. */
export function fieldErrorsFrom(error: z.ZodError, t: TranslateFn): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    const params: Record<string, string | number> = {};
    const raw = issue as unknown as Record<string, unknown>;
    for (const name of ["minimum", "maximum"]) {
      if (typeof raw[name] === "number" || typeof raw[name] === "bigint") params[name] = Number(raw[name]);
    }
    const message = t(issue.message, params);
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
