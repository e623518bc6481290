import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { translatorFor } from "@/lib/i18n/messages";
import { seedDemo } from "@/tests/integration/fixtures";
import { getObservatory, parseObservatoryFilters } from "./data";
import { observatoryCsv } from "./export";
import { observatoryTables } from "./present";
import { FIXTURE_PLAN_NOTE, observatoryFixtureSql, observatoryPlanFixtureSql } from "./test-fixtures";

async function userNamed(username: string): Promise<AppUser> {
  const row = await findUserForLogin(getDb(), username);
  const { status: _s, passwordHash: _h, ...user } = row!;
  return user;
}

describe("the observatory's data", () => {
  let operator: AppUser;
  beforeEach(async () => {
    await seedDemo();
    for (const statement of observatoryFixtureSql()) await getDb().execute(sql.raw(statement));
    operator = await userNamed("demo.operateur");
  });

  it("averages the latest validated evaluations over ten companies", async () => {
    const { view } = await getObservatory(operator, parseObservatoryFilters({}));
    const security = view.themes.find((t) => t.theme === "security")!;
    const scores = [45, 50, 55, 60, 65, 70, 90, 90, 90, 90];
    expect(security.average).toEqual({ suppressed: false, value: scores.reduce((a, b) => a + b) / 10, products: 10, companies: 10 });
    expect(security.requirements.find((r) => r.id === "SEC-PGSSI-01")!.figure).toMatchObject({ suppressed: false, companies: 10 });
    // No company has validated the other themes: nothing to show there.
    expect(view.themes.find((t) => t.theme === "interoperability")!.average).toEqual({ suppressed: true });
  });

  it("never shows the group of four mobile companies, in the page's figures or in the export", async () => {
    for (const params of [{ device: "Mobile" }, { device: "Website" }, { os: "iOS" }, { device: "Mobile", os: "iOS" }]) {
      const { view, structure } = await getObservatory(operator, parseObservatoryFilters(params));
      const security = view.themes.find((t) => t.theme === "security")!;
      expect(security.average, JSON.stringify(params)).toEqual({ suppressed: true });
      const csv = observatoryCsv(observatoryTables(view, structure, "fr", translatorFor("fr")), "fr", "données insuffisantes");
      expect(csv).not.toContain("90");
      expect(csv).toContain("Sécurité;données insuffisantes;données insuffisantes");
    }
  });

  it("projects national compliance from the validated plans, quarter by quarter, without their contents", async () => {
    const today = new Date("2026-12-02T10:00:00Z");
    for (const statement of observatoryPlanFixtureSql(today)) await getDb().execute(sql.raw(statement));
    const data = await getObservatory(operator, parseObservatoryFilters({}), "2026-12-02");
    const { projection } = data.view;
    expect(projection.quarters).toEqual(["2026-T4", "2027-T1", "2027-T2", "2027-T3"]);
    const security = projection.themes.find((t) => t.theme === "security")!;
    expect(security.points.map((p) => (p.figure.suppressed ? null : p.figure.value))).toEqual([0, 0.2, 0.4, 0.6]);
    expect(security.points[3].figure).toMatchObject({ products: 10, companies: 10 });
    expect(JSON.stringify(data)).not.toContain(FIXTURE_PLAN_NOTE);
    const csv = observatoryCsv(observatoryTables(data.view, data.structure, "fr", translatorFor("fr")), "fr", "données insuffisantes");
    expect(csv).toContain("Conformité nationale projetée d’après les plans validés");
    expect(csv).toMatch(/T3\s2027;données insuffisantes;60\s%;données insuffisantes/);
    expect(csv).not.toContain(FIXTURE_PLAN_NOTE);

    // The four mobile companies (never compliant) and the six website ones they complete stay hidden.
    for (const params of [{ device: "Mobile" }, { device: "Website" }, { device: "Mobile", os: "iOS" }]) {
      const filtered = await getObservatory(operator, parseObservatoryFilters(params), "2026-12-02");
      const points = filtered.view.projection.themes.find((t) => t.theme === "security")!.points;
      expect(
        points.every((p) => p.figure.suppressed),
        JSON.stringify(params),
      ).toBe(true);
    }
  });

  it("is for operators: 404 for company users, 403 for support", async () => {
    const filters = parseObservatoryFilters({});
    await expect(getObservatory(await userNamed("demo.support"), filters)).rejects.toBeInstanceOf(ForbiddenError);
    for (const username of ["demo.responsable", "demo.contributeur"]) {
      await expect(getObservatory(await userNamed(username), filters)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getObservatory(null, filters)).rejects.toBeInstanceOf(NotFoundError);
  });
});
