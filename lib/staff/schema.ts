import { z } from "zod";

export const STAFF_ROLES = ["operator", "support", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffInviteSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .pipe(z.email({ error: "errors.email" })),
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  agencyRole: z.enum(STAFF_ROLES, { error: "errors.required" }),
});
export type StaffInvite = z.infer<typeof staffInviteSchema>;

export const staffStatusSchema = z.object({
  userId: z.uuid({ error: "errors.notFound" }),
  reason: z.string().trim().min(3).max(500),
});
