import { hkdf } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";

/**
 * Reads Auth.js's session cookie (an encrypted JWT, "dir" + A256CBC-HS512, key derived by
 * HKDF from AUTH_SECRET and the cookie's name) without going through `auth()`.
 *
 * Why: `auth()` rebuilds a Request, derives the key (HKDF) and its thumbprint, decrypts the
 * token, then derives again and re-encrypts a refreshed cookie that a page cannot even set,
 * on every request: 6–11 % of a page's or a save's CPU (decision 0017). The key depends only
 * on the secret and the cookie's name, so it is derived once per process here.
 *
 * What proves who is signed in is unchanged: the token must decrypt and authenticate with
 * the secret and be unexpired (jose checks `exp`), then getCurrentUser looks the server-side
 * session up in the database (signed out, disabled, "sign out everywhere" end it there).
 * The format is Auth.js's own (lib/auth/session-token.test.ts encodes with next-auth/jwt).
 */

export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type DerivedKey = { key: Uint8Array; thumbprint: string };
const keys = new Map<string, Promise<DerivedKey>>();

function derive(secret: string, salt: string, enc: string): Promise<DerivedKey> {
  const length = enc === "A256CBC-HS512" ? 64 : enc === "A256GCM" ? 32 : 0;
  if (!length) return Promise.reject(new Error("unsupported content encryption"));
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let found = keys.get(id);
  if (!found) {
    found = new Promise<Uint8Array>((resolve, reject) =>
      hkdf("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length, (error, bytes) =>
        error ? reject(error) : resolve(new Uint8Array(bytes)),
      ),
    ).then(async (key) => ({
      key,
      thumbprint: await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${length << 3}` as "sha512"),
    }));
    // A failed derivation is not kept: the next request tries again.
    found.catch(() => keys.delete(id));
    keys.set(id, found);
  }
  return found;
}

/** The token's claims, or null when it is missing, forged, tampered with, expired or from another secret. */
export async function decodeSessionToken(token: string | undefined, secret: string, salt: string): Promise<Record<string, unknown> | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(
      token,
      async ({ kid, enc }) => {
        const derived = await derive(secret, salt, enc);
        if (kid !== undefined && kid !== derived.thumbprint) throw new Error("no matching decryption secret");
        return derived.key;
      },
      { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
    );
    return payload as Record<string, unknown>;
  } catch {
    return null;
  }
}

type CookieJar = { getAll(): { name: string; value: string }[] };

/**
 * The session cookie's value from the request's cookies, with the cookie name it came from
 * (the HKDF salt). A token over 4 KB is split by Auth.js into `<name>.0`, `<name>.1`, …
 */
export function sessionCookie(jar: CookieJar): { name: string; value: string } | null {
  const all = jar.getAll();
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = all.find((c) => c.name === name);
    if (whole) return { name, value: whole.value };
    const chunks = all
      .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return { name, value: chunks.map((c) => c.value).join("") };
  }
  return null;
}
