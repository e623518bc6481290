/**
 * Domain failures a user can act on. `messageKey` is an i18n key under "errors";
 * `fieldErrors` maps a field name to i18n keys shown next to that field.
 */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}

/** The acting user may not do this. Thrown by lib/ checks; never reveals why. */
export class ForbiddenError extends Error {
  constructor(readonly reason = "forbidden") {
    super(reason);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(readonly entity = "entity") {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}
