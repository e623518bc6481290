import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { requireAcceptedTerms } from "@/lib/terms/enforce";
import type { AppUser } from "./types";
import { findUserBySession } from "./users-repo";

/**
 * The signed-in user, re-read from the database on every request with its server-side
 * session: a signed-out or ended session, a disabled account or a bumped session version
 * gives no user, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<AppUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const user = await findUserBySession(getDb(), session.uid, session.sid);
  if (!user || user.sessionVersion !== session.sv) return null;
  return user;
});

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. A user who has not
 * accepted the terms of use now in force is sent to accept them first, from any page.
 */
export async function requireUser(from?: string): Promise<AppUser> {
  const user = await getCurrentUser();
  if (!user) redirect(from ? `/login?from=${encodeURIComponent(from)}` : "/login");
  await requireAcceptedTerms(user, from);
  return user;
}

/** The id of the current server-side session (to end it, or to keep it when ending the others). */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const session = (await auth()) as { sid?: string } | null;
  return session?.sid ?? null;
});
