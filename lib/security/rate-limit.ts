import { sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { env } from "@/lib/env";

export type RateRule = { name: string; limit: number; windowSeconds: number };

/** Every limit of the platform, in one place (the threat model lists them). */
export const RATE_RULES = {
  loginClient: { name: "login-client", limit: 30, windowSeconds: 10 * 60 },
  passwordResetClient: { name: "reset-client", limit: 10, windowSeconds: 60 * 60 },
  passwordResetAccount: { name: "reset-account", limit: 3, windowSeconds: 60 * 60 },
  contactClient: { name: "contact-client", limit: 5, windowSeconds: 60 * 60 },
  contactAddress: { name: "contact-address", limit: 3, windowSeconds: 60 * 60 },
  accountRequestClient: { name: "request-client", limit: 5, windowSeconds: 60 * 60 },
  accountRequestAddress: { name: "request-address", limit: 3, windowSeconds: 60 * 60 },
  sirenCheckClient: { name: "siren-client", limit: 60, windowSeconds: 60 },
  authorisationFormClient: { name: "form-pdf-client", limit: 10, windowSeconds: 60 },
  currentPasswordUser: { name: "current-password", limit: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateRule>;

export type RateDecision = { allowed: true; hits: number } | { allowed: false; hits: number; retryAfterSeconds: number };

/**
 * Counts one hit and says whether it is within the limit, in one statement: parallel hits
 * from several app instances each get their own count, so exactly `limit` get through.
 */
export async function hit(rule: RateRule, subject: string, db: Executor = getDb()): Promise<RateDecision> {
  const limit = rule.limit * env().RATE_LIMIT_FACTOR;
  const key = `${rule.name}:${subject.toLowerCase()}`;
  const [row] = await queryRows<{ hits: number; retry: number }>(
    db,
    sql`insert into ${rateLimits} (key, hits, window_start, window_end)
        values (${key}, 1, now(), now() + make_interval(secs => ${rule.windowSeconds}))
        on conflict (key) do update set
          hits = case when ${rateLimits.windowEnd} <= now() then 1 else ${rateLimits.hits} + 1 end,
          window_start = case when ${rateLimits.windowEnd} <= now() then now() else ${rateLimits.windowStart} end,
          window_end = case when ${rateLimits.windowEnd} <= now() then now() + make_interval(secs => ${rule.windowSeconds}) else ${rateLimits.windowEnd} end
        returning hits, ceil(extract(epoch from window_end - now()))::int as retry`,
  );
  const hits = Number(row.hits);
  if (hits <= limit) return { allowed: true, hits };
  return { allowed: false, hits, retryAfterSeconds: Math.max(1, Number(row.retry)) };
}

/** Gives back one hit (a successful sign-in does not count against the client). */
export async function refund(rule: RateRule, subject: string, db: Executor = getDb()): Promise<void> {
  const key = `${rule.name}:${subject.toLowerCase()}`;
  await db.execute(sql`update ${rateLimits} set hits = greatest(hits - 1, 0) where key = ${key}`);
}

/** Thrown by actions: the wrapper turns it into "try again in N minutes". */
export class RateLimitedError extends ActionError {
  constructor(readonly retryAfterSeconds: number) {
    super("errors.rateLimited", {}, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
    this.name = "RateLimitedError";
  }
}

/** Hits each rule (all of them, so every counter moves) and refuses if any is over. */
export async function enforce(checks: [RateRule, string | null | undefined][]): Promise<void> {
  let retry = 0;
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const decision = await hit(rule, subject);
    if (!decision.allowed) retry = Math.max(retry, decision.retryAfterSeconds);
  }
  if (retry > 0) throw new RateLimitedError(retry);
}

/** For route handlers: a 429 with Retry-After and the translated "try again in N minutes". */
export function tooManyRequests(retryAfterSeconds: number, message: string): Response {
  return new Response(message, {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Hits one rule for a route handler: null when allowed, else the 429 to answer. */
export async function limitRoute(
  rule: RateRule,
  subject: string | null | undefined,
  translate: (minutes: number) => string,
): Promise<Response | null> {
  const decision = await hit(rule, subject ?? "unknown");
  if (decision.allowed) return null;
  return tooManyRequests(decision.retryAfterSeconds, translate(Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))));
}

/** Expired counters are only clutter: the sender's periodic pass removes them. */
export async function purgeExpiredRateLimits(db: Executor = getDb()): Promise<void> {
  await db.execute(sql`delete from ${rateLimits} where window_end < now() - interval '1 day'`);
}
