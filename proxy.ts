import { NextResponse } from "next/server";
import { auth } from "@/auth";

// A convenience only: it sends anonymous visitors of private spaces to the sign-in page.
// The real checks are in lib/ (every page and action re-reads the user and its rights).
export const proxy = auth((request) => {
  if (!request.auth) {
    const url = new URL("/login", request.nextUrl);
    url.searchParams.set("from", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
});

export const config = { matcher: ["/dashboard/:path*", "/operator/:path*", "/support/:path*", "/home"] };
