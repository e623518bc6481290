import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { randomBytes } from "node:crypto";
import { serverUrl } from "./database-names";

const migrationsFolder = join(process.cwd(), "db/migrations");

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    templateDb: string;
  }
}

/**
 * Migrates a template once per run: a PGlite data-dir dump (loading one takes ~1 s instead
 * of ~4 s of initdb), or a template database on the server that each file clones.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    // A template of its own per run, so that several runs can share one server.
    const template = `convergence_it_template_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl(url, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${template}`);
    const client = postgres(serverUrl(url, template), { max: 1, onnotice: () => {} });
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client.end();
    project.provide("pgliteDump", "");
    project.provide("templateDb", template);
    return async () => {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  project.provide("templateDb", "");
  const pg = new PGlite({ extensions: { pg_trgm } });
  await migratePglite(drizzlePglite({ client: pg }), { migrationsFolder });
  const dump = await pg.dumpDataDir("none");
  await pg.close();
  const file = join(mkdtempSync(join(tmpdir(), "convergence-it-")), "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
}
