import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema and committed; `npm run db:migrate` applies them
// to PGlite or to the server (db/migrate.ts), so drizzle-kit needs no connection here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
