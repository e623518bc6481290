import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { acceptTermsPath } from "@/lib/terms/enforce";
import { isTermsAcceptanceDue } from "@/lib/terms/version";
import { decodeSessionToken, sessionCookie } from "./session-token";
import type { AppUser } from "./types";
import { findUserBySession } from "./users-repo";

type SessionClaims = { uid?: string; sv?: number; sid?: string };

/** The session cookie's claims, decoded once per request (lib/auth/session-token.ts). */
const sessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const found = sessionCookie(await cookies());
  if (!found) return null;
  return (await decodeSessionToken(found.value, env().AUTH_SECRET, found.name)) as SessionClaims | null;
});

/** The user with the terms version they accepted, in one query per request. */
const currentSession = cache(async (): Promise<{ user: AppUser; termsDue: boolean } | null> => {
  const claims = await sessionClaims();
  if (typeof claims?.uid !== "string" || typeof claims.sid !== "string") return null;
  const row = await findUserBySession(getDb(), claims.uid, claims.sid);
  if (!row || row.sessionVersion !== claims.sv) return null;
  const { termsVersion, ...user } = row;
  return { user, termsDue: isTermsAcceptanceDue(termsVersion) };
});

/**
 * The signed-in user, re-read from the database on every request with its server-side
 * session: a signed-out or ended session, a disabled account or a bumped session version
 * gives no user, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<AppUser | null> => (await currentSession())?.user ?? null);

/** True when the signed-in user has not accepted the terms of use now in force (read with the session). */
export async function currentUserMustAcceptTerms(): Promise<boolean> {
  return (await currentSession())?.termsDue ?? false;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. A user who has not
 * accepted the terms of use now in force is sent to accept them first, from any page.
 */
export async function requireUser(from?: string): Promise<AppUser> {
  const user = await getCurrentUser();
  if (!user) redirect(from ? `/login?from=${encodeURIComponent(from)}` : "/login");
  if (await currentUserMustAcceptTerms()) redirect(acceptTermsPath(from));
  return user;
}

/** The id of the current server-side session (to end it, or to keep it when ending the others). */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const claims = await sessionClaims();
  return typeof claims?.sid === "string" ? claims.sid : null;
});
