import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER, clientAddress, stampClientAddress } from "./client-ip";

describe("client address", () => {
  it("believes only the socket when no proxy is configured", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
  });

  it("takes what the trusted proxy appended, not what the client wrote", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
  });

  it("drops forged forwarded headers when no proxy is trusted", () => {
    const req = {
      headers: { "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.example", [CLIENT_IP_HEADER]: "9.9.9.9" },
      socket: { remoteAddress: "203.0.113.9" },
    } as unknown as IncomingMessage;
    stampClientAddress(req, 0);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-host"]).toBeUndefined();
    expect(req.headers["x-forwarded-for"]).toBeUndefined();
  });
});
