/**
 * Content-Security-Policy of the platform.
 *
 * Pages rendered per request get a fresh nonce: only scripts carrying it run (Next adds it
 * to its own scripts when it finds the nonce in the request's CSP header), and scripts they
 * load are trusted through 'strict-dynamic'. No 'unsafe-inline' for scripts.
 *
 * A prerendered page (the public pages, built once per language) is the same HTML for
 * everyone, so it cannot carry a per-request nonce. Its inline scripts (Next's bootstrap and
 * the page's RSC payload) are fixed at build time: the proxy allows exactly those, by their
 * SHA-256 (lib/security/prerendered-csp.ts), plus scripts from our own origin. Still no
 * 'unsafe-inline'; see docs/threat-model.md.
 */
function common(): string[] {
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Style attributes (charts, progress bars) need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
  ];
}

export function nonceCsp(nonce: string, development = false): string {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return [...common(), script].join("; ");
}

/** For a prerendered page: its own inline scripts by hash, files from our origin. */
export function hashCsp(hashes: readonly string[], development = false): string {
  const allowed = hashes.map((h) => ` 'sha256-${h}'`).join("");
  return [...common(), `script-src 'self'${allowed}${development ? " 'unsafe-eval'" : ""}`].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Whether a server action's Origin is ours. Next refuses a foreign one by throwing (a 500);
 * the proxy answers 403 first. Allowed: the host the request was sent to, or APP_URL's.
 */
export function isSameOriginAction(origin: string | null, host: string | null, appUrl: string): boolean {
  if (!origin) return true; // Browsers send Origin on every POST; without one this is no cross-site form.
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost === host || originHost === new URL(appUrl).host;
}
