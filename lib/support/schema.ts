import { z } from "zod";

export const SUPPORT_ACTIONS = ["resendActivation", "unlock", "disable", "enable", "correctEmail", "resendEmail"] as const;
export type SupportActionKind = (typeof SUPPORT_ACTIONS)[number];

/** Every support action states why: the reason goes into the audit log with the agent's name. */
const reason = z.string().trim().min(5, { error: "supportDesk.errors.reasonTooShort" }).max(500);

export const personActionSchema = z.object({
  personId: z.uuid({ error: "errors.notFound" }),
  action: z.enum(["resendActivation", "unlock", "disable", "enable"]),
  reason,
});

export const correctEmailSchema = z.object({
  personId: z.uuid({ error: "errors.notFound" }),
  newEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .pipe(z.email({ error: "errors.email" })),
  reason,
});

export const resendEmailSchema = z.object({
  emailId: z.uuid({ error: "errors.notFound" }),
  reason,
});
