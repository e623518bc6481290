import { afterAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { CASES } from "./permission-matrix";
import { ROLES, buildWorld, type Role } from "./permission-matrix/world";

/**
 * Every company action and read (the cases, one file per area, listed in
 * permission-matrix/index.ts) against every kind of actor. A cell is allowed when the call
 * resolves, denied when it rejects with ForbiddenError or NotFoundError: any other error is
 * a failure, not a denial (for anonymous, see isDenial). Each cell gets a fresh world (the
 * database is emptied after each test), so a mutation allowed in one cell cannot leak into
 * the next. Adding an area: write permission-matrix/<area>.cases.ts, list it in index.ts.
 */
let checked = 0;

function isDenial(error: unknown, role: Role): boolean {
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return true;
  // Pages and actions never pass a missing user to lib/ (requireUser, access: "user"); a lib
  // function typed for a signed-in user that stops at the missing user still refuses.
  return role === "anonymous" && error instanceof TypeError && /of null/.test(error.message);
}

describe("permission matrix", () => {
  it("has well-formed cases", () => {
    const names = CASES.map((c) => `${c.area} › ${c.name}`);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const c of CASES) for (const role of c.allowed) expect(ROLES).toContain(role);
    // Whatever else a case allows, nobody acts on company data without signing in.
    expect(CASES.filter((c) => c.allowed.includes("anonymous")).map((c) => c.name)).toEqual([]);
  });

  for (const c of CASES) {
    describe(`${c.area} › ${c.name}`, () => {
      for (const role of ROLES) {
        const allowed = c.allowed.includes(role as Role);
        it(`${role}: ${allowed ? "allowed" : "denied"}`, async () => {
          const world = await buildWorld();
          const actor = role === "anonymous" ? null : world.actors[role];
          let outcome: { ok: true } | { ok: false; error: unknown };
          try {
            await c.run(actor, world);
            outcome = { ok: true };
          } catch (error) {
            outcome = { ok: false, error };
          }
          if (allowed) {
            expect(outcome.ok ? "allowed" : `rejected: ${String((outcome as { error: unknown }).error)}`).toBe("allowed");
          } else {
            expect(outcome.ok, "a denied cell resolved").toBe(false);
            const error = (outcome as { error: unknown }).error;
            expect(isDenial(error, role), `denied with the wrong error: ${String(error)}`).toBe(true);
          }
          checked++;
        });
      }
    });
  }

  afterAll(() => {
    console.log(
      `permission matrix: ${checked} cells checked (${CASES.length} cases × ${ROLES.length} roles = ${CASES.length * ROLES.length})`,
    );
  });
});
