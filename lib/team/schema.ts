import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";

export const LEVELS = ["draft", "validate"] as const;
/** A level as a form sends it: "none" removes the grant. */
export const LEVEL_CHOICES = ["none", ...LEVELS] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export { isUuid };

export const addContributorSchema = z.object({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  email: z.string().trim().toLowerCase().email().max(254),
  jobTitle: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || null),
  locale: z.enum(LOCALES, { error: "team.errors.localeRequired" }),
});
export type AddContributorInput = z.infer<typeof addContributorSchema>;

export const memberIdSchema = z.object({ userId: z.uuid({ error: "errors.notFound" }) });

export const transferSchema = z.object({
  userId: z.uuid({ error: "team.errors.chooseMember" }),
  confirm: z.literal("yes", { error: "team.errors.confirmTransfer" }),
});

/** One cell of the rights matrix. Capabilities are on/off; questionnaire access has a level. */
export type GrantCell =
  | { kind: "create_users" | "create_products"; enabled: boolean }
  | { kind: "strategy"; level: (typeof LEVELS)[number] | null }
  | { kind: "product"; productId: string; level: (typeof LEVELS)[number] | null };

export type MatrixEntry = { userId: string; cells: GrantCell[] };

const CELL_NAME = /^(cap|strategy|product):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?::([0-9a-z_-]+))?$/;
const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(500));

/**
 * The rights form: hidden "members" and "products" list what the form showed, so that an
 * unchecked box (which a browser does not send) means "off" for those and nothing else:
 * a product created while the form was open keeps its grants.
 * Field names: cap:<user>:create_users, cap:<user>:create_products, strategy:<user>,
 * product:<user>:<product>.
 */
export const rightsMatrixSchema = z
  .object({ members: ids, products: ids })
  .catchall(z.unknown())
  .transform((raw, ctx): MatrixEntry[] => {
    const members = new Set(raw.members);
    const productIds = new Set(raw.products);
    const level = (name: string): (typeof LEVELS)[number] | null => {
      const value = raw[name] ?? "none";
      if (value === "none") return null;
      if (value === "draft" || value === "validate") return value;
      ctx.addIssue({ code: "custom", message: "errors.invalid", path: [name] });
      return null;
    };
    for (const name of Object.keys(raw)) {
      const m = CELL_NAME.exec(name);
      if (name !== "members" && name !== "products" && (!m || !members.has(m[2]) || (m[1] === "product" && !productIds.has(m[3] ?? "")))) {
        ctx.addIssue({ code: "custom", message: "errors.invalid", path: [name] });
      }
    }
    return [...members].map((userId) => ({
      userId,
      cells: [
        { kind: "create_users" as const, enabled: raw[`cap:${userId}:create_users`] === "on" },
        { kind: "create_products" as const, enabled: raw[`cap:${userId}:create_products`] === "on" },
        { kind: "strategy" as const, level: level(`strategy:${userId}`) },
        ...[...productIds].map((productId) => ({ kind: "product" as const, productId, level: level(`product:${userId}:${productId}`) })),
      ],
    }));
  });
