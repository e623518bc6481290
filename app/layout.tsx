import type { ReactNode } from "react";
import "./globals.css";

/**
 * Passes its children through: each top-level area renders the document itself through
 * components/layout/root-shell.tsx. A root layout that read the locale cookie or the session
 * made every page dynamic; this way the public pages (app/(public)/[locale]) are prerendered
 * per language and the signed-in areas stay per request (decision 0017). The not-found,
 * forbidden and error pages at this level render the shell themselves.
 */
export default function PassThroughLayout({ children }: { children: ReactNode }) {
  return children;
}
