import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { tokens } from "@/db/schema";

export type TokenPurpose = (typeof tokens.$inferSelect)["purpose"];
export type TokenRow = typeof tokens.$inferSelect;

export const TOKEN_TTL_SECONDS = {
  activation: 7 * 24 * 3600,
  password_reset: 3600,
  email_change: 24 * 3600,
  request_completion: 30 * 24 * 3600,
} satisfies Record<TokenPurpose, number>;

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Creates a single-use link secret; only its hash is stored. Returns the secret for the email. */
export async function issueToken(
  db: Executor,
  input: { purpose: TokenPurpose; userId?: string; accountRequestId?: string; data?: Record<string, unknown>; ttlSeconds?: number },
): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  const ttl = input.ttlSeconds ?? TOKEN_TTL_SECONDS[input.purpose];
  await db.insert(tokens).values({
    purpose: input.purpose,
    tokenHash: hashToken(raw),
    userId: input.userId ?? null,
    accountRequestId: input.accountRequestId ?? null,
    data: input.data ?? {},
    expiresAt: new Date(Date.now() + ttl * 1000),
  });
  return raw;
}

export type TokenCheck = { status: "valid"; token: TokenRow } | { status: "expired" | "used" | "invalid" };

/** What a link is worth, without using it (to show the right page). */
export async function checkToken(db: Executor, purpose: TokenPurpose, raw: string): Promise<TokenCheck> {
  if (!raw || raw.length > 200) return { status: "invalid" };
  const [token] = await db
    .select()
    .from(tokens)
    .where(and(eq(tokens.tokenHash, hashToken(raw)), eq(tokens.purpose, purpose)));
  if (!token) return { status: "invalid" };
  if (token.usedAt) return { status: "used" };
  if (token.expiresAt.getTime() <= Date.now()) return { status: "expired" };
  return { status: "valid", token };
}

/**
 * Uses a link, once: the update only matches an unused row, so two concurrent uses
 * cannot both succeed. Call inside the transaction of the change the link allows.
 */
export async function consumeToken(db: Executor, purpose: TokenPurpose, raw: string): Promise<TokenCheck> {
  const check = await checkToken(db, purpose, raw);
  if (check.status !== "valid") return check;
  const [used] = await db
    .update(tokens)
    .set({ usedAt: new Date() })
    .where(and(eq(tokens.id, check.token.id), isNull(tokens.usedAt)))
    .returning();
  return used ? { status: "valid", token: used } : { status: "used" };
}

/** Voids the unused links of a user for a purpose (a new link replaces the old ones). */
export async function revokeTokens(db: Executor, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(tokens)
    .set({ usedAt: new Date() })
    .where(and(eq(tokens.userId, userId), eq(tokens.purpose, purpose), isNull(tokens.usedAt)));
}
