import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyCredentials } from "@/lib/auth/login";
import { SESSION_HOURS } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";

class LockedSignin extends CredentialsSignin {
  code = "locked";
}
class DisabledSignin extends CredentialsSignin {
  code = "disabled";
}
class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(500) });

// Auth.js handles only the session cookie; who may sign in is decided by lib/auth/login.
// The config is a function so that the secret is read at request time, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A refused sign-in is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const meta = {
          // Stamped by the server from the socket or a trusted proxy, never taken from the client.
          ip: request.headers.get(CLIENT_IP_HEADER),
          userAgent: request.headers.get("user-agent"),
        };
        const result = await verifyCredentials(parsed.data.username, parsed.data.password, meta);
        if (result.status === "locked") throw new LockedSignin();
        if (result.status === "disabled") throw new DisabledSignin();
        if (result.status === "throttled") throw new ThrottledSignin();
        if (result.status !== "ok") throw new CredentialsSignin();
        return { id: result.user.id, sessionVersion: result.user.sessionVersion, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined, sid: token.sid as string | undefined };
    },
  },
}));
