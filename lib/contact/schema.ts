import { z } from "zod";

export const CONTACT_TOPICS = ["account", "products", "questionnaires", "other"] as const;

export const contactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().email().max(254),
  topic: z.enum(CONTACT_TOPICS, { error: "errors.required" }),
  message: z.string().trim().min(20).max(5000),
});

export type ContactInput = z.infer<typeof contactSchema>;
