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
import { observatoryFixtureSql } from "./test-fixtures";

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

  it("is for operators: 404 for company users, 403 for support", async () => {
    const filters = parseObservatoryFilters({});
    await expect(getObservatory(await userNamed("demo.support"), filters)).rejects.toBeInstanceOf(ForbiddenError);
    for (const username of ["demo.responsable", "demo.contributeur"]) {
      await expect(getObservatory(await userNamed(username), filters)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getObservatory(null, filters)).rejects.toBeInstanceOf(NotFoundError);
  });
});
