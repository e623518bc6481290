import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import { seedActivity } from "@/db/seed-activity";
import type { AppUser } from "@/lib/auth/types";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { getObservatory, parseObservatoryFilters } from "@/lib/observatory/data";
import { getCompanyFile } from "@/lib/support/company";
import { seedDemo } from "./fixtures";

async function userNamed(username: string): Promise<AppUser> {
  const row = await findUserForLogin(getDb(), username);
  const { status: _s, passwordHash: _h, ...user } = row!;
  return user;
}

describe("the demo activity (npm run dev on a fresh database)", () => {
  beforeEach(seedDemo);

  it("fills the observatory: every theme's figures and the projection show, from 5 companies or more", async () => {
    const now = new Date("2026-12-02T09:00:00Z");
    expect(await seedActivity(getDb(), now)).toBe(true);
    // Once is enough: a second run leaves the database alone.
    expect(await seedActivity(getDb(), now)).toBe(false);

    const { view } = await getObservatory(await userNamed("demo.operateur"), parseObservatoryFilters({}), "2026-12-02");
    for (const theme of view.themes) {
      expect(theme.average, theme.theme).toMatchObject({ suppressed: false, companies: 8 });
      expect(theme.compliant, theme.theme).toMatchObject({ suppressed: false });
      expect(
        theme.requirements.every((r) => !r.figure.suppressed),
        theme.theme,
      ).toBe(true);
      expect(
        theme.levels.filter((l) => !l.figure.suppressed).map((l) => l.id),
        theme.theme,
      ).toEqual(["structured", "advanced"]);
    }
    expect(view.quarters.map((q) => [q.quarter, q.figure.suppressed])).toEqual([
      ["2026-T3", false],
      ["2026-T4", false],
    ]);
    for (const theme of view.projection.themes) {
      expect(
        theme.points.every((p) => !p.figure.suppressed && p.figure.companies === 6),
        theme.theme,
      ).toBe(true);
      // Plans lead somewhere: the share of compliant products grows over the quarters.
      expect(theme.points.at(-1)!.figure).not.toEqual(theme.points[0].figure);
    }

    const [company] = await getDb().select({ id: companies.id }).from(companies).where(eq(companies.siren, "733100127"));
    const file = await getCompanyFile(await userNamed("demo.support"), company.id);
    expect(file.plans.map((p) => p.state)).toEqual(expect.arrayContaining(["validated", "none"]));
  });
});
