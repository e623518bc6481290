import postgres from "postgres";

/**
 * Direct reads of the database behind the server under test, to check what the pages
 * show. Only possible on the PostgreSQL server: a PGlite directory belongs to the one
 * process that opened it (the app), so those checks are skipped on the embedded run.
 */
export const serverDatabase = process.env.DATABASE_URL;

export async function queryServer<T extends Record<string, unknown>>(query: string): Promise<T[]> {
  if (!serverDatabase) throw new Error("queryServer needs DATABASE_URL");
  const sql = postgres(serverDatabase, { max: 1, onnotice: () => {} });
  try {
    return (await sql.unsafe(query)) as unknown as T[];
  } finally {
    await sql.end();
  }
}
