import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./index";

describe("environment", () => {
  it("runs a development server with nothing set: embedded database, development secret", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses a production start without AUTH_SECRET, saying how to make one", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set.*openssl rand/s);
  });

  it("accepts a production start with a secret, and a test app on a production build", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) }).APP_ENV).toBe("production");
    expect(parseEnv({ NODE_ENV: "production", APP_ENV: "test" }).APP_ENV).toBe("test");
  });

  it("reports malformed values by name", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
});
