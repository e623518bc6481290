import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// A convenience only: it sends visitors without a session cookie to the sign-in page
// before rendering a private space. The real checks are in lib/: every page and action
// re-reads the user, its status and its rights from the database.
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.nextUrl);
  url.searchParams.set("from", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/home", "/dashboard/:path*", "/products/:path*", "/team/:path*", "/evaluations/:path*", "/strategy/:path*", "/profile/:path*", "/operator/:path*", "/support/:path*"],
};
