import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { findUserForLogin } from "@/lib/auth/users-repo";
import { translatorFor } from "@/lib/i18n/messages";
import { disableMember } from "@/lib/team/member-status";
import { transferResponsable } from "@/lib/team/transfer";
import { seedDemo } from "@/tests/integration/fixtures";
import { auditCsv } from "./csv";
import { describeEvent } from "./describe";
import { exportAuditEvents, listAuditEvents, parseTrailQuery } from "./trail";

async function userNamed(username: string): Promise<AppUser> {
  const row = await findUserForLogin(getDb(), username);
  const { status: _s, passwordHash: _h, ...user } = row!;
  return user;
}

const list = (user: AppUser | null, params: Record<string, string> = {}) => {
  const { query, filters } = parseTrailQuery(params);
  return listAuditEvents(user, query, filters);
};

describe("the audit trail viewer", () => {
  let operator: AppUser;
  beforeEach(async () => {
    await seedDemo();
    operator = await userNamed("demo.operateur");
    await transferResponsable(getDb(), await userNamed("demo.responsable"), (await userNamed("demo.contributeur")).id, { ip: "192.0.2.7" });
  });

  it("tells each event in words, in French and in English", async () => {
    const { rows } = await list(operator, { action: "team.responsable_transferred" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ companyName: "Santé Logiciels SAS", actorUsername: "demo.responsable", ip: "192.0.2.7" });
    expect(describeEvent(rows[0], translatorFor("fr"))).toBe("Camille Martin a transféré le rôle de Responsable à Lucas Bernard");
    expect(describeEvent(rows[0], translatorFor("en"))).toBe("Camille Martin transferred the Responsable role to Lucas Bernard");
  });

  it("filters by person (author or person concerned), company, action and period, newest first, paged", async () => {
    const transferred = { action: "team.responsable_transferred" };
    expect((await list(operator, { q: "lucas", ...transferred })).total).toBe(1);
    expect((await list(operator, { q: "camille.martin@", ...transferred })).total).toBe(1);
    expect((await list(operator, { q: "nora", ...transferred })).total).toBe(0);
    expect((await list(operator, { company: "812345676", ...transferred })).total).toBe(1);
    expect((await list(operator, { company: "médisoft", ...transferred })).total).toBe(0);
    expect((await list(operator, { from: "2000-01-01", to: "2000-12-31" })).total).toBe(0);
    expect((await list(operator, { from: "2000-01-01", ...transferred })).total).toBe(1);
    expect((await list(operator, { to: "2000-01-01", ...transferred })).total).toBe(0);

    // The new Responsable disables a member: a later event, about another person.
    await disableMember(getDb(), await userNamed("demo.contributeur"), (await userNamed("demo.redactrice")).id);
    const disabled = await list(operator, { q: "zoé", action: "team.member_disabled" });
    expect(disabled.rows.map((r) => describeEvent(r, translatorFor("fr")))).toEqual(["Lucas Bernard a désactivé le compte de Zoé Laurent"]);
    const all = await list(operator, { size: "10" });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.action)).toEqual(["team.member_disabled", "team.responsable_transferred"]);
    expect((await list(operator, { size: "10", dir: "asc" })).rows.map((r) => r.action)).toEqual([
      "team.responsable_transferred",
      "team.member_disabled",
    ]);
    const times = all.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // An unknown action or a malformed date is ignored rather than failing.
    expect((await list(operator, { action: "drop table", from: "31/12/2026" })).total).toBe(all.total);
  });

  it("is for operators and support only: 404 for company users and visitors", async () => {
    await expect(list(await userNamed("demo.support"))).resolves.toMatchObject({ total: expect.any(Number) });
    for (const username of ["demo.responsable", "demo.contributeur", "demo.medisoft"]) {
      await expect(list(await userNamed(username))).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(list(null)).rejects.toBeInstanceOf(NotFoundError);
    const { query, filters } = parseTrailQuery({});
    await expect(exportAuditEvents(await userNamed("demo.responsable"), query, filters)).rejects.toBeInstanceOf(NotFoundError);
    // An agency role that may not read it (the administrator's, or any future one) gets 403.
    await expect(list({ ...operator, agencyRole: "auditor" as never })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports what is filtered as CSV, with formulas neutralised", async () => {
    await getDb().update(users).set({ firstName: "=1+1" }).where(eq(users.username, "demo.responsable"));
    const { query, filters } = parseTrailQuery({ action: "team.responsable_transferred" });
    const csv = auditCsv(await exportAuditEvents(operator, query, filters), "fr");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("Date;Événement;Auteur;Société;SIREN;Action;Objet;Adresse IP");
    expect(lines[1]).toContain(
      ";'=1+1 Martin a transféré le rôle de Responsable à Lucas Bernard;demo.responsable;Santé Logiciels SAS;812345676;team.responsable_transferred;",
    );
  });
});
