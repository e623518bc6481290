// Any origin works as the base: only whether the result stays on it matters.
const BASE = "http://app.invalid";

/**
 * Only same-origin paths are followed after sign-in or a language switch (no open
 * redirect). The value is parsed as a browser would (tabs and newlines are dropped,
 * backslashes become slashes), and kept only when it stays on our own origin; the path
 * returned is the parsed one, so what we check is what the browser follows.
 */
export function safeLocalPath(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  // A second guard against "//host" surviving normalisation (protocol-relative).
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}
