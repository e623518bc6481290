import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { env } from "@/lib/env";
import { safeLocalPath } from "@/lib/navigation/safe-path";
import { acceptTermsPath } from "@/lib/terms/enforce";
import { currentUserMustAcceptTerms, getCurrentUser } from "./current-user";
import type { AppUser } from "./types";

/** A redirect on our own configured origin, whatever Host or X-Forwarded-Host the request carried. */
function appRedirect(path: string): Response {
  return Response.redirect(new URL(path, env().APP_URL), 303);
}

/**
 * The one guard of every download route: a signed-out visitor goes to sign in (then back
 * to `returnTo`), a user who has not accepted the terms now in force goes to accept them,
 * and lib/'s refusals become 404 (not theirs, or no such thing) and 403 (no right).
 */
export async function guardDownload(returnTo: string, handler: (user: AppUser) => Promise<Response>): Promise<Response> {
  const back = safeLocalPath(returnTo) ?? "/";
  const user = await getCurrentUser();
  if (!user) return appRedirect(`/login?from=${encodeURIComponent(back)}`);
  if (await currentUserMustAcceptTerms()) return appRedirect(acceptTermsPath(back));
  try {
    return await handler(user);
  } catch (error) {
    if (error instanceof NotFoundError)
      return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (error instanceof ForbiddenError)
      return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
