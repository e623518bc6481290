import { describe, expect, it } from "vitest";
import { isSameOriginAction, nonceCsp } from "./csp";

describe("content security policy", () => {
  it("lets only scripts with the nonce run, never inline ones without it", () => {
    const policy = nonceCsp("abc123");
    const script = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe("server action origin", () => {
  it("accepts our own host or APP_URL's, refuses any other and garbage", () => {
    expect(isSameOriginAction("http://127.0.0.1:3240", "127.0.0.1:3240", "http://127.0.0.1:3240")).toBe(true);
    expect(isSameOriginAction("https://convergence.example", "internal:3000", "https://convergence.example")).toBe(true);
    expect(isSameOriginAction("https://evil.example", "127.0.0.1:3240", "http://127.0.0.1:3240")).toBe(false);
    expect(isSameOriginAction("null", "127.0.0.1:3240", "http://127.0.0.1:3240")).toBe(false);
  });
});
