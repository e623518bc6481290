/**
 * Crash test: `kill -9` of the process saving answers while 20 clients save, then checks
 * after restart that every acknowledged save is in the database and that no answer is
 * half-written. Needs the PostgreSQL server (DATABASE_URL); creates and drops its own
 * database. Bounded: CRASH_ROUNDS (default 3) kills, each after 1.5–3 s of saving.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:crash
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import postgres from "postgres";

const base = process.env.DATABASE_URL;
if (!base) {
  console.log("[crash] skipped: needs DATABASE_URL (a PostgreSQL server; PGlite holds one process only)");
  process.exit(0);
}
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const CLIENTS = 20;
const name = `convergence_crash_${randomBytes(4).toString("hex")}`;
const urlFor = (db: string) => Object.assign(new URL(base), { pathname: `/${db}` }).toString();
const url = urlFor(name);
const env = { ...process.env, DATABASE_URL: url, APP_ENV: "test", OUTBOX_POLL_SECONDS: "0" };

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", ...args], { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

async function main() {
  const admin = postgres(urlFor("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const started = Date.now();
  try {
    await run(["db/migrate.ts"]);
    await run(["db/seed.ts"]);
    await run(["bench/crash-saves-setup.ts"]);
    const [{ evaluation_id: evaluationId, user_id: userId, items }] = await sql<
      { evaluation_id: string; user_id: string; items: string }[]
    >`select * from crash_setup`;
    const itemIds = items.split(",").slice(0, CLIENTS);

    const acked = new Map<string, number>();
    let totalAcks = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const startSeq = round * 1_000_000;
      // One process (node with tsx's loader, not the tsx wrapper): kill -9 must hit the saver itself.
      const child = spawn(process.execPath, ["--import", "tsx", "bench/crash-saves-worker.ts", evaluationId, userId, itemIds.join(",")], {
        env: { ...env, START_SEQ: String(startSeq), ...(await baseRevisions(sql, evaluationId)) },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const lines = createInterface({ input: child.stdout! });
      let roundAcks = 0;
      lines.on("line", (line) => {
        const [tag, item, seq] = line.split(" ");
        if (tag !== "ACK") return;
        acked.set(item, Math.max(acked.get(item) ?? 0, Number(seq)));
        roundAcks++;
      });
      // Let it warm up (tsx start) until saves flow, then kill at a random moment.
      const deadline = Date.now() + 60_000;
      while (roundAcks < CLIENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1500));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("exit", r));
      totalAcks += roundAcks;
      console.log(`[crash] round ${round}: ${roundAcks} acknowledged saves, then kill -9`);
    }

    // "Restart": a fresh connection reads what survived.
    const rows = await sql<
      { item_id: string; level: number; comment: string }[]
    >`select item_id, level, comment from answers where evaluation_id = ${evaluationId}`;
    const byItem = new Map(rows.map((r) => [r.item_id, r]));
    const lost: string[] = [];
    const torn: string[] = [];
    for (const [item, seq] of acked) {
      const row = byItem.get(item);
      const stored = Number(row?.comment?.replace("seq:", "") ?? 0);
      if (!row || stored < seq) lost.push(`${item}: acknowledged ${seq}, stored ${stored}`);
    }
    for (const row of rows) if (row.comment && Number(row.comment.replace("seq:", "")) % 5 !== row.level) torn.push(row.item_id);
    const [{ revision }] = await sql<{ revision: number }[]>`select revision from evaluations where id = ${evaluationId}`;
    console.log(
      `[crash] ${ROUNDS} kills, ${CLIENTS} clients, ${totalAcks} acknowledged saves, ${acked.size} items checked, ${lost.length} lost, ${torn.length} half-written, evaluation revision ${revision}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (lost.length || torn.length) {
      console.error(lost.concat(torn).slice(0, 20).join("\n"));
      process.exitCode = 1;
    }
  } finally {
    await sql.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function baseRevisions(sql: postgres.Sql, evaluationId: string): Promise<Record<string, string>> {
  const rows = await sql<
    { item_id: string; revision: number }[]
  >`select item_id, revision from answers where evaluation_id = ${evaluationId}`;
  return Object.fromEntries(rows.map((r) => [`BASE_${r.item_id.replace(/\W/g, "_")}`, String(r.revision)]));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
