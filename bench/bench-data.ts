import postgres from "postgres";

/** The password of every bench user (bench databases only; never a real deployment). */
export const BENCH_PASSWORD = "Bench-password-2026!";

/** `--scale N` from the command line (1 = the real platform, 100 = a hundred times it). */
export function scaleArg(fallback = 1): number {
  const at = process.argv.indexOf("--scale");
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0 || value > 200) throw new Error("--scale takes a number between 0.01 and 200");
  return value;
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  const admin = postgres(Object.assign(new URL(url), { pathname: "/postgres" }).toString(), { max: 1, onnotice: () => {} });
  const exists = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists.length === 0) await admin.unsafe(`create database ${name}`);
  await admin.end();
}
