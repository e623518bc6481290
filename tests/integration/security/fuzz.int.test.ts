import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { UNEXPECTED, callAction, context, formData, listActions, listRoutes, paramsOf, type ActionEntry, type RouteEntry } from "./harness";

vi.mock("@/lib/auth/current-user", async () => (await import("./harness")).mocks.currentUser());
vi.mock("next-intl/server", async () => (await import("./harness")).mocks.intl());
vi.mock("next/headers", async () => (await import("./harness")).mocks.headers());
vi.mock("next/cache", async () => (await import("./harness")).mocks.cache());
vi.mock("@/auth", async () => (await import("./harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("./harness")).mocks.nextAuth());

/**
 * Fuzzing (fast-check) of every server action's input and every route's parameters: odd
 * text (NUL, control and bidi characters, huge strings, UUID look-alikes, numbers as text)
 * in the fields actions read and in fields they do not. No input may crash (the action
 * wrapper's "unexpected error" is the in-process form of a 500), and every refusal is a
 * translated sentence, never a raw message key.
 */
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 20);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 20) * 2;

const FIELDS = ["id", "productId", "evaluationId", "userId", "memberId", "targetId", "sourceId", "baseIds", "theme", "itemId", "revision", "level", "value", "comment", "plannedDate", "name", "version", "os", "osOther", "device", "kind", "email", "newEmail", "siren", "firstName", "lastName", "phone", "message", "topic", "reason", "password", "confirmPassword", "currentPassword", "username", "from", "returnTo", "locale", "notConcerned", "justification", "url"];

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "-".repeat(36), "0".repeat(36), "00000000-0000-0000-0000-000000000000", "\u202eexe.pdf", "\u200b", "NaN", "-1", "1e309", "true", "[]", "{}", "null", "../../etc/passwd", "%00", "<script>alert(1)</script>", "'; drop table users; --"),
  fc.uuid(),
  fc.integer().map(String),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);
const fields = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), fc.oneof(nasty, fc.array(nasty, { maxLength: 3 })), { maxKeys: 12 });

const RAW_KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

let actions: ActionEntry[] = [];
let routes: RouteEntry[] = [];
let world: World;

beforeAll(async () => {
  actions = await listActions();
  routes = await listRoutes();
});

describe("fuzzing", () => {
  it("no action input crashes, and every refusal is translated", async () => {
    world = await buildWorld();
    const actors = [null, world.actors.responsable, world.actors.contributorDraft, world.actors.otherResponsable, world.actors.operator];
    let cases = 0;
    for (const entry of actions) {
      await fc.assert(
        fc.asyncProperty(fields, fc.nat(actors.length - 1), async (input, who) => {
          context.user = actors[who];
          context.ip = `198.18.${cases % 250}.${who}`;
          cases++;
          const outcome = await callAction(entry.action, formData(input));
          if (outcome.kind === "navigation") return;
          const { result } = outcome;
          if (result.ok) return;
          expect(result.message, `${entry.file} ${entry.name}`).not.toBe(UNEXPECTED);
          expect(result.message, `${entry.file} ${entry.name}: raw key`).not.toMatch(RAW_KEY);
          for (const messages of Object.values(result.fieldErrors)) for (const m of messages) expect(m, `${entry.file} ${entry.name}: raw field key`).not.toMatch(RAW_KEY);
        }),
        { numRuns: RUNS_PER_ACTION, seed: 20261202 },
      );
    }
    context.user = null;
    console.log(`[fuzz] ${actions.length} actions, ${cases} action cases`);
  }, 900_000);

  it("no route parameter or query crashes, or answers 5xx", async () => {
    const actors = [null, world?.actors.responsable ?? null, world?.actors.operator ?? null];
    let cases = 0;
    for (const route of routes) {
      const names = paramsOf(route.path);
      await fc.assert(
        fc.asyncProperty(fc.array(nasty, { minLength: names.length, maxLength: names.length }), fc.dictionary(fc.constantFrom("q", "snapshot", "siren", "legalName", "email"), nasty, { maxKeys: 3 }), fc.nat(actors.length - 1), async (values, query, who) => {
          context.user = actors[who];
          cases++;
          const params = Object.fromEntries(names.map((n, i) => [n, values[i]]));
          const path = route.path.replace(/\[([^\]]+)\]/g, (_, p) => encodeURIComponent(params[p]));
          const url = new URL(`http://127.0.0.1${path}`);
          for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v.slice(0, 300));
          try {
            const response = await route.GET(new NextRequest(url), { params: Promise.resolve(params) });
            expect(response.status, `GET ${route.path}`).toBeLessThan(500);
          } catch (error) {
            // notFound() from a page helper is a 404, not a crash.
            expect(String((error as { digest?: string }).digest), `GET ${route.path}: ${(error as Error).message}`).toMatch(/NEXT_(NOT_FOUND|HTTP_ERROR_FALLBACK|REDIRECT)/);
          }
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20261202 },
      );
    }
    context.user = null;
    console.log(`[fuzz] ${routes.length} routes, ${cases} route cases`);
  }, 900_000);
});
