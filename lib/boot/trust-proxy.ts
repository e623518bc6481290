import http from "node:http";
import { stampClientAddress } from "@/lib/security/client-ip";

const marker = Symbol.for("convergence.clientAddressStamp");

/**
 * Next hands route code the request headers but not the socket, and it keeps an
 * X-Forwarded-For sent by the client. So the server stamps the trusted client address on
 * each request before Next sees it (once per process, whatever the number of servers).
 */
export function installClientAddressStamp(trustedProxies: number): void {
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & { emit: (...args: unknown[]) => boolean };
  if (proto[marker]) return;
  proto[marker] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: unknown, ...args: unknown[]) {
    if (event === "request") stampClientAddress(args[0] as http.IncomingMessage, trustedProxies);
    return emit.call(this, event, ...args);
  };
}
