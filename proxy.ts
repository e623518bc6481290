import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { isPublicPagePath, localizedPath, splitLocalePrefix } from "@/lib/i18n/public-paths";
import { HSTS, hashCsp, isSameOriginAction, nonceCsp } from "@/lib/security/csp";
import { prerenderedScriptHashes } from "@/lib/security/prerendered-csp";

// next.config.mjs: serverActions.bodySizeLimit and proxyClientMaxBodySize.
const MAX_BODY_BYTES = 12 * 1024 * 1024;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PRIVATE = /^\/(home|dashboard|products|team|evaluations|strategy|profile|operator|support)(\/|$)/;

/**
 * Runs before every page and action:
 * - a server action posted from another origin gets a 403 (Next would throw a 500);
 * - visitors without a session cookie are sent to sign in before a private space (a
 *   convenience only: every page and action re-checks the user in lib/);
 * - a prerendered public page's CSP allows its own inline scripts by hash; every page rendered per
 *   request gets a fresh nonce; HSTS in production.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const config = env();

  // Above the actions' body limit, a request would be cut and fail half-read: refuse it whole.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    const locale = parseLocale(request.cookies.get(LOCALE_COOKIE)?.value);
    return new NextResponse(MESSAGES[locale].errors.requestTooLarge, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  if (request.method === "POST" && request.headers.has("next-action")) {
    if (!isSameOriginAction(request.headers.get("origin"), request.headers.get("host"), config.APP_URL)) {
      return new NextResponse("Forbidden: cross-origin request", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }

  if (PRIVATE.test(pathname)) {
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
    if (!hasSession) {
      const url = new URL("/login", config.APP_URL);
      url.searchParams.set("from", pathname + search);
      return NextResponse.redirect(url);
    }
  }

  const development = config.APP_ENV === "development" && process.env.NODE_ENV !== "production";
  // A public page: next.config.mjs rewrites `/faq` to `/fr/faq` or `/en/faq` by the cookie;
  // an address in a language (/en/faq, a shared link) is served as it is. If the build holds
  // that page's HTML, its inline scripts are allowed by hash; otherwise (a form rendered per
  // request, `next dev`) the page gets a nonce like every other.
  const inLanguage = splitLocalePrefix(pathname) !== null;
  const route = inLanguage
    ? pathname
    : isPublicPagePath(pathname)
      ? localizedPath(pathname, parseLocale(request.cookies.get(LOCALE_COOKIE)?.value))
      : null;
  const hashes = route ? prerenderedScriptHashes(route) : null;
  let response: NextResponse;
  let policy: string;
  if (hashes) {
    policy = hashCsp(hashes, development);
    response = NextResponse.next();
  } else {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    policy = nonceCsp(nonce, development);
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  // A download route or the sandboxed mailbox sets its own, stricter policy: keep it.
  if (!response.headers.has("content-security-policy")) response.headers.set("Content-Security-Policy", policy);
  if (config.APP_ENV === "production") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon|robots.txt).*)"],
};
