export {}; // a module, so that top-level await is allowed
// Measures what a sign-in costs for an unknown username and for a wrong password, so that
// the two can be compared (they must not tell an attacker which usernames exist).
// Run: npx tsx bench/login-timing.ts   (uses a throw-away in-memory PGlite database)
process.env.PGLITE_DIR = "memory://";
process.env.APP_ENV = "test";

const { closeDb, getDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { seed } = await import("@/db/seed");
const { verifyCredentials } = await import("@/lib/auth/login");
const { loginThrottle } = await import("@/db/schema");

await runMigrations(getDb(), false);
await seed(getDb());

async function once(username: string, i: number): Promise<number> {
  await getDb().delete(loginThrottle); // stay below the lock: we measure the password check
  const start = performance.now();
  await verifyCredentials(username, `wrong-password-${i}`);
  return performance.now() - start;
}

function report(label: string, times: number[]): number {
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log(`${label.padEnd(16)} median ${median.toFixed(1)} ms   p90 ${p90.toFixed(1)} ms   (${times.length} runs)`);
  return median;
}

// Interleaved, so that warm-up and background noise hit both cases alike.
const known: number[] = [];
const unknown: number[] = [];
for (let i = 0; i < 10; i++) await once(i % 2 ? "demo.responsable" : "nobody.at.all", i);
for (let i = 0; i < 100; i++) {
  known.push(await once("demo.responsable", i));
  unknown.push(await once("nobody.at.all", i));
}
const a = report("wrong password", known);
const b = report("unknown user", unknown);
console.log(`difference of medians: ${Math.abs(a - b).toFixed(1)} ms`);
await closeDb();
