type PgErrorLike = { code?: string; constraint?: string; constraint_name?: string; cause?: unknown };

function pgError(error: unknown): PgErrorLike | undefined {
  // Drizzle wraps driver errors (DrizzleQueryError.cause); drivers name fields differently.
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

/** True when the error is a unique violation, optionally of the named index or constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  if (e?.code !== "23505") return false;
  return !constraint || (e.constraint ?? e.constraint_name) === constraint;
}
