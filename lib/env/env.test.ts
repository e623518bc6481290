import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, isProductionBuild, parseEnv } from "./index";

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

describe("the app environment a build bakes into prerendered pages", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("follows APP_ENV, else NODE_ENV, without asking for the secrets env() requires", () => {
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_ENV", "");
    expect(isProductionBuild()).toBe(true);
    vi.stubEnv("APP_ENV", "test");
    expect(isProductionBuild()).toBe(false);
  });
});
