import { z } from "zod";

// Parsed once: every other module reads configuration from here, never from process.env.
// APP_ENV is separate from NODE_ENV because the end-to-end suite runs a production
// build (`next start`) that still needs the local mailbox and test-only conveniences.
const DEV_AUTH_SECRET = "convergence-development-only-secret-never-use-in-production";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    APP_ENV: z.enum(["development", "test", "production"]).optional(),
    DATABASE_URL: z
      .string()
      .url()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    PGLITE_DIR: z.string().default(".data/pglite"),
    AUTH_SECRET: z.string().min(32).optional(),
    APP_URL: z.string().url().default("http://localhost:3000"),
    RESEND_API_KEY: z.string().optional(),
    EMAIL_FROM: z.string().default("Convergence <no-reply@convergence.localhost>"),
    SUPPORT_EMAIL: z.string().email().default("support@convergence.localhost"),
    OUTBOX_POLL_SECONDS: z.coerce.number().int().min(0).default(10),
    // How often the server runs the plans' daily job (0: never; `npm run jobs:daily` still
    // works). Hourly by default: its emails are keyed per day, re-runs queue nothing new.
    DAILY_JOB_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
    // How many reverse proxies stand in front of the app. X-Forwarded-For and
    // X-Forwarded-Host are believed only from them (0: the app is reached directly).
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
    // Multiplies every rate limit: the end-to-end suite, all from 127.0.0.1, raises it.
    RATE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(1000).default(1),
    // How old the landing page's counts may be (0: counted on every visit, as e2e tests need).
    PUBLIC_COUNTS_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
    // How old the observatory's national figures may be, per instance (0: read on every visit).
    OBSERVATORY_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
  })
  .transform((raw) => {
    const appEnv = raw.APP_ENV ?? (raw.NODE_ENV === "production" ? "production" : "development");
    return { ...raw, APP_ENV: appEnv };
  });

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

export class EnvError extends Error {}

/** Parses a set of variables (exported for tests; the app calls env()). */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (!env.AUTH_SECRET) {
    if (env.APP_ENV === "production") {
      throw new EnvError(
        "AUTH_SECRET is not set. A production server refuses to start without it.\n" +
          "Generate one with: openssl rand -base64 32  (then export AUTH_SECRET=...)",
      );
    }
    return { ...env, AUTH_SECRET: DEV_AUTH_SECRET };
  }
  return env as Env;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The local mailbox and demo listings exist only outside production. */
export function isProductionApp(): boolean {
  return env().APP_ENV === "production";
}

/**
 * Whether the app is a production one, for pages prerendered at build time: the build holds
 * no secrets, and env() refuses a production configuration without AUTH_SECRET. Same rule
 * as APP_ENV's default above; a build for e2e or a demo sets APP_ENV when it builds.
 */
export function isProductionBuild(): boolean {
  const appEnv = process.env.APP_ENV || (process.env.NODE_ENV === "production" ? "production" : "development");
  return appEnv === "production";
}

/** Tests that need another configuration (a production app without a provider…) reset it. */
export function resetEnvForTests(): void {
  cached = undefined;
}
