import type { IncomingMessage } from "node:http";

/** Set by the server itself on every request (see stampClientAddress); never by a client. */
export const CLIENT_IP_HEADER = "x-convergence-client-ip";

/**
 * The client's address, as far as it can be trusted: the socket's peer when no proxy is
 * configured, otherwise the entry our own last trusted proxy appended to X-Forwarded-For.
 * Entries further left were written by the client and are ignored.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | undefined {
  if (trustedProxies === 0) return peer;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The last trusted proxy appended the address it saw; with N proxies that is the Nth from the right.
  return hops[hops.length - trustedProxies] ?? hops[0] ?? peer;
}

/**
 * Rewrites the incoming headers before Next sees them: our own client-address header is
 * computed from the socket, and forwarded headers are dropped unless proxies are trusted
 * (a client cannot choose its address for the rate limits, or the host of our links).
 */
export function stampClientAddress(req: IncomingMessage, trustedProxies: number): void {
  const forwarded = req.headers["x-forwarded-for"];
  const ip = clientAddress(req.socket?.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trustedProxies);
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  else delete req.headers[CLIENT_IP_HEADER];
  if (trustedProxies === 0) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
}
