import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { currentUserMustAcceptTerms, getCurrentUser } from "@/lib/auth/current-user";
import type { AppUser } from "@/lib/auth/types";
import type { RequestMeta } from "@/lib/audit/record";
import { kickOutbox } from "@/lib/email/kick";
import { ActionError, ForbiddenError, NotFoundError } from "./errors";
import { echoValues, formDataToObject } from "./form-data";
import { requestMeta } from "./request-meta";
import { defaultIssueKey, fieldErrorsFrom, type TranslateFn } from "./zod-errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: Record<string, string | string[]> };

export type ActionOutcome<T> = { data: T; message?: string; revalidate?: string[]; redirectTo?: string };

type Context<I, U> = { input: I; user: U; meta: RequestMeta; t: TranslateFn };

type Options<S extends z.ZodType, T, A extends "public" | "user", U> = {
  schema: S;
  /** "user": only a signed-in user gets through; the lib/ function still checks the right. */
  access: A;
  secretFields?: readonly string[];
  /** Only for the actions a user needs before accepting new terms (accepting them, signing out). */
  allowPendingTerms?: boolean;
  run: (ctx: Context<z.output<S>, U>) => Promise<ActionOutcome<T>>;
};

export type FormAction<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * The one wrapper every server action goes through:
 * authenticate (and check the terms of use are accepted) → parse (zod) → run (load, authorize, mutate in a transaction, audit, all in
 * lib/) → wake the email sender → revalidate → redirect, last, outside the try.
 */
export function defineAction<S extends z.ZodType, T>(options: Options<S, T, "user", AppUser>): FormAction<T>;
export function defineAction<S extends z.ZodType, T>(options: Options<S, T, "public", AppUser | null>): FormAction<T>;
export function defineAction<S extends z.ZodType, T>(options: Options<S, T, "public" | "user", never>): FormAction<T> {
  return async function run(_prev, formData) {
    const tr = await getTranslations();
    const t: TranslateFn = (key, params) => (tr.has(key as never) ? tr(key as never, params as never) : key);
    const failure = (messageKey: string, fieldErrors: Record<string, string[]> = {}, params = {}): ActionResult<T> => ({
      ok: false,
      message: t(messageKey, params),
      fieldErrors,
      values: echoValues(formData, options.secretFields),
    });

    const user = await getCurrentUser();
    if (options.access === "user" && !user) return failure("errors.signedOut");
    // New terms of use bind every action, not only pages: a user who has not accepted them does
    // nothing. The accepted version is read with the session, in the same query.
    if (user && options.access === "user" && !options.allowPendingTerms && (await currentUserMustAcceptTerms()))
      return failure("errors.termsNotAccepted");

    const parsed = options.schema.safeParse(formDataToObject(formData), { error: (issue) => defaultIssueKey(issue) });
    if (!parsed.success) return failure("errors.formInvalid", fieldErrorsFrom(parsed.error, t));

    let outcome: ActionOutcome<T>;
    try {
      outcome = await options.run({ input: parsed.data, user: user as never, meta: await requestMeta(), t });
    } catch (error) {
      // Next signals redirects and not-found by throwing: let them through untouched.
      unstable_rethrow(error);
      if (error instanceof ActionError) {
        const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([f, keys]) => [f, keys.map((k) => t(k, error.params))]));
        return failure(error.messageKey, fields, error.params);
      }
      if (error instanceof ForbiddenError) return failure("errors.forbidden");
      if (error instanceof NotFoundError) return failure("errors.notFound");
      console.error("[action]", error);
      return failure("errors.unexpected");
    }

    kickOutbox();
    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, data: outcome.data, message: outcome.message };
  };
}
