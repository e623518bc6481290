import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookie } from "./session-token";

const secret = "test-secret-test-secret-test-secret-0123";
const salt = "authjs.session-token";
const claims = { uid: "user-1", sv: 3, sid: "session-abc" };

describe("the session cookie, read without auth()", () => {
  it("reads what Auth.js writes at sign-in, with the key derived once", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 60 });
    expect(await decodeSessionToken(token, secret, salt)).toMatchObject(claims);
    // Second read: same answer from the cached key.
    expect(await decodeSessionToken(token, secret, salt)).toMatchObject(claims);
    // And Auth.js agrees on the format.
    expect(await decode({ token, secret, salt })).toMatchObject(claims);
  });

  it("refuses a token from another secret, another cookie name, tampered with, or expired", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 60 });
    expect(await decodeSessionToken(token, "another-secret-another-secret-0123456", salt)).toBeNull();
    expect(await decodeSessionToken(token, secret, "__Secure-authjs.session-token")).toBeNull();
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    expect(await decodeSessionToken(parts.join("."), secret, salt)).toBeNull();
    expect(await decodeSessionToken("not-a-token", secret, salt)).toBeNull();
    expect(await decodeSessionToken(undefined, secret, salt)).toBeNull();
    // Past its expiry (beyond the 15 s clock tolerance Auth.js allows too).
    const expired = await encode({ token: claims, secret, salt, maxAge: -60 });
    expect(await decodeSessionToken(expired, secret, salt)).toBeNull();
  });

  it("finds the cookie under either name, and joins a token Auth.js split in chunks", () => {
    const jar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });
    expect(sessionCookie(jar({ other: "x" }))).toBeNull();
    expect(sessionCookie(jar({ "authjs.session-token": "abc" }))).toEqual({ name: "authjs.session-token", value: "abc" });
    expect(sessionCookie(jar({ "__Secure-authjs.session-token": "s" }))).toEqual({ name: "__Secure-authjs.session-token", value: "s" });
    expect(sessionCookie(jar({ "authjs.session-token.1": "def", "authjs.session-token.0": "abc" }))).toEqual({
      name: "authjs.session-token",
      value: "abcdef",
    });
  });
});
