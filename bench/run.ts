// Load test of the production build on a bench database (bench/generate.ts), as users see it:
// it starts `next start`, signs users in through the real login action, then measures each
// route at 1 and 20 concurrent users — latency percentiles, throughput, and the server's CPU
// per request read from /proc — alternating routes in rounds so that the machine's noise hits
// all of them alike. Prints one table (with each route's share of the static file's
// throughput), the first-load JavaScript of the answering page and the HTML size of /faq.
//
// Run (after `npx next build`):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/conv_bench100 npx tsx bench/run.ts
// Options: --seconds N per route and round (default 3), --rounds N (default 3),
//   --concurrency 1,20, --only name,name, --out bench/results/<file>.md (writes the table).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { buildActions, signIn } from "./http-session";
import { BENCH_PASSWORD } from "./bench-data";
import { ROUTES, type RouteContext } from "./routes";

const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/conv_bench100";
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const BASE = `http://127.0.0.1:${PORT}`;
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const SECONDS = Number(arg("seconds", "3"));
const ROUNDS = Number(arg("rounds", "3"));
const LEVELS = arg("concurrency", "1,20").split(",").map(Number);
const ONLY = arg("only", "").split(",").filter(Boolean);
const OUT = arg("out", "");
// --profile DIR: the server runs with node --cpu-prof and writes its profile there on exit
// (summarise it with bench/profile-summary.ts).
const PROFILE = arg("profile", "");

// ---- the server ---------------------------------------------------------------------------
function startServer(): ChildProcess {
  const profiling = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE}`] : [];
  const child = spawn(process.execPath, [...profiling, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      APP_ENV: "production",
      NODE_ENV: "production",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: BASE,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  child.stdout!.on("data", (d) => process.env.BENCH_VERBOSE && process.stdout.write(d));
  return child;
}

async function waitReady(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${BASE}/faq`);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not answer within 60 s (see BENCH_VERBOSE=1).");
}

/** CPU ticks (user + system) of the server and every process it started. */
function serverTicks(root: number): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      /* gone */
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of tree) sum += ticks.get(pid) ?? 0;
  return sum;
}
const TICK_MS = 10; // USER_HZ is 100 on Linux

// ---- measuring ----------------------------------------------------------------------------
type Outcome = "ok" | "refused" | "failed";
type Sample = { ms: number; outcome: Outcome };
type Tally = { samples: Sample[]; seconds: number; ticks: number };

async function burst(
  run: (worker: number) => Promise<Outcome>,
  concurrency: number,
  seconds: number,
  pid: number,
  tally: Tally,
): Promise<void> {
  const t0 = performance.now();
  const c0 = serverTicks(pid);
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < end) {
        const start = performance.now();
        let outcome: Outcome;
        try {
          outcome = await run(worker);
        } catch {
          outcome = "failed";
        }
        tally.samples.push({ ms: performance.now() - start, outcome });
      }
    }),
  );
  tally.seconds += (performance.now() - t0) / 1000;
  tally.ticks += serverTicks(pid) - c0;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : NaN;

// ---- main ---------------------------------------------------------------------------------
// The bench database follows the code: apply the migrations added since it was generated.
process.env.DATABASE_URL = url;
{
  const { getDb, closeDb } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations(getDb(), true);
  await closeDb();
}
const db = postgres(url, { max: 2, onnotice: () => {} });
const server = startServer();
process.on("exit", () => server.kill("SIGTERM"));
try {
  await waitReady();
  const ctx: RouteContext = {
    base: BASE,
    db,
    workers: Math.max(...LEVELS),
    password: BENCH_PASSWORD,
    signIn: (u) => signIn(BASE, u, BENCH_PASSWORD),
    actions: buildActions(),
  };
  const routes = [];
  for (const route of ROUTES) {
    if (ONLY.length && !ONLY.includes(route.name)) continue;
    const ready = await route.prepare(ctx);
    if (!ready) {
      console.log(`(skipped: ${route.name} — not present in this build)`);
      continue;
    }
    routes.push({ route, run: ready });
  }

  const tallies = new Map<string, Tally>();
  for (const level of LEVELS) {
    for (const { run } of routes) await burst(run, level, 0.5, server.pid!, { samples: [], seconds: 0, ticks: 0 }); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const { route, run } of routes) {
        const key = `${route.name}@${level}`;
        const tally = tallies.get(key) ?? { samples: [], seconds: 0, ticks: 0 };
        tallies.set(key, tally);
        await burst(run, level, SECONDS, server.pid!, tally);
      }
    }
  }

  const lines: string[] = [];
  const [load1] = loadavg();
  lines.push(
    `Database ${new URL(url).pathname.slice(1)}; ${cpus().length} CPUs; load average ${load1.toFixed(1)} at the end; ${ROUNDS} rounds of ${SECONDS} s per route and level.`,
  );
  lines.push("");
  lines.push("| route | users | requests | p50 ms | p95 ms | p99 ms | req/s | % of static | CPU ms/req | refused | failed |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const level of LEVELS) {
    const staticRate = (() => {
      const t = tallies.get(`static@${level}`);
      return t ? t.samples.length / t.seconds : NaN;
    })();
    for (const { route } of routes) {
      const t = tallies.get(`${route.name}@${level}`)!;
      const times = t.samples.map((s) => s.ms).sort((a, b) => a - b);
      const rate = t.samples.length / t.seconds;
      const refused = t.samples.filter((s) => s.outcome === "refused").length;
      const failed = t.samples.filter((s) => s.outcome === "failed").length;
      lines.push(
        `| ${route.label} | ${level} | ${t.samples.length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${quantile(times, 0.99).toFixed(1)} | ${rate.toFixed(1)} | ${((100 * rate) / staticRate).toFixed(1)} % | ${((t.ticks * TICK_MS) / Math.max(1, t.samples.length)).toFixed(1)} | ${refused} | ${failed} |`,
      );
    }
  }

  // Sizes: what a first visit of the answering page downloads, and the HTML of /faq.
  const answering = ROUTES.find((r) => r.name === "answering");
  const pagePath = answering?.path?.();
  if (pagePath) {
    const session = await signIn(BASE, (await answering!.users!(ctx))[0], BENCH_PASSWORD);
    const html = await (await fetch(`${BASE}${pagePath}`, { headers: { cookie: session.cookie } })).text();
    // Every script the page loads or preloads, except the legacy polyfills (noModule: modern
    // browsers skip them).
    const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
    const scripts = [...new Set(tags.flatMap((tag) => tag.match(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? []))];
    let gz = 0;
    let raw = 0;
    for (const s of scripts) {
      const body = Buffer.from(await (await fetch(`${BASE}${s}`)).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body).length;
    }
    lines.push("");
    // Scripts carry the request's CSP nonce: match any attributes.
    const payload = [...html.matchAll(/<script\b[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
      (n, m) => n + Buffer.byteLength(m[1]),
      0,
    );
    const size = Buffer.byteLength(html);
    // Elements the browser builds from the markup (scripts' contents aside): Lighthouse's DOM size.
    const elements = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>").match(/<[a-zA-Z][^>]*>/g)?.length ?? 0;
    lines.push(
      `First-load JS of the answering page: ${(gz / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(0)} KB raw, ${scripts.length} chunks, polyfills excluded).`,
    );
    lines.push(
      `HTML of the answering page: ${(size / 1024).toFixed(1)} KB: ${(payload / 1024).toFixed(1)} KB embedded data (RSC payload), ${((size - payload) / 1024).toFixed(1)} KB markup, ${elements} elements (${pagePath.replace(/\/[0-9a-f-]{36}/, "/<id>")}).`,
    );
  }
  const faq = await (await fetch(`${BASE}/faq`)).text();
  lines.push(`HTML of /faq: ${(Buffer.byteLength(faq) / 1024).toFixed(1)} KB (${(gzipSync(faq).length / 1024).toFixed(1)} KB gzip).`);
  const output = lines.join("\n");
  console.log(output);
  if (OUT) writeFileSync(OUT, `# bench/run — ${new Date().toISOString()}\n\n${output}\n`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await db.end();
}
