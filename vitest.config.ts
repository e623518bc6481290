import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = { "@": root };

// Two projects: unit tests are pure and fast; integration tests get a real database
// (PGlite from a migrated template by default, the server when DATABASE_URL is set).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "questionnaires/**/*.test.ts", "components/**/*.test.ts", "db/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Each test changes the data and reads the observatory at once: no per-process cache.
          env: { OBSERVATORY_CACHE_SECONDS: "0" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database per file; Postgres runs files one after the other on its own schema.
          fileParallelism: false,
        },
      },
    ],
  },
});
