import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The inline scripts of a page: <script> elements without a src attribute.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The base64 SHA-256 of each inline script of an HTML document, as CSP hash sources. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body.length > 0) hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}

// next.config.mjs: several builds can live side by side (NEXT_DIST_DIR).
const APP_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "app");
const known = new Map<string, string[] | null>();
// Public paths are open-ended (/questionnaires/anything): remember a bounded number.
const MAX_REMEMBERED = 1000;

/**
 * The hashes of the inline scripts of the page prerendered at `route` (`/fr/faq`), read once
 * from the build's HTML file, or null when the build has no such file (a page rendered per
 * request, or `next dev`): that page gets a nonce instead. The build never changes while the
 * server runs (no page here is revalidated), so each route is read at most once.
 */
export function prerenderedScriptHashes(route: string, appDir = APP_DIR): string[] | null {
  const key = `${appDir}|${route}`;
  if (known.has(key)) return known.get(key)!;
  if (route.includes("..") || route.includes("\0")) return null;
  let hashes: string[] | null;
  try {
    hashes = inlineScriptHashes(readFileSync(path.join(appDir, `${route}.html`), "utf8"));
  } catch {
    hashes = null;
  }
  if (known.size < MAX_REMEMBERED) known.set(key, hashes);
  return hashes;
}
