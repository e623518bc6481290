import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { searchDirectory } from "./search";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
  // A company whose name starts like the demo one, and one whose SIREN another's name contains.
  await getDb()
    .insert(companies)
    .values([
      { siren: "130025265", legalName: "Santé Conseil", addressLine: "1 rue A", postalCode: "75001", city: "Paris" },
      { siren: "552100554", legalName: "Éditions 812345676", addressLine: "2 rue B", postalCode: "13001", city: "Marseille" },
    ]);
});

const search = (q: string) => searchDirectory(w.actors.support, q);
const labels = async (q: string) => (await search(q)).map((h) => h.label);

describe("support search", () => {
  it("puts an exact SIREN first, and finds a SIREN being typed by its start", async () => {
    const hits = await search("812345676");
    expect(hits[0]).toMatchObject({ kind: "company", label: "Santé Logiciels SAS", rank: 0 });
    expect(hits.filter((h) => h.rank === 0)).toHaveLength(1);
    expect(await search("8123 45")).toEqual([expect.objectContaining({ label: "Santé Logiciels SAS", rank: 1 })]);
    expect((await search("5521"))[0]).toMatchObject({ label: "Éditions 812345676", rank: 1 });
  });

  it("finds a company whatever the accents and case, with a word cut short", async () => {
    expect((await labels("sante logiciel"))[0]).toBe("Santé Logiciels SAS");
    expect((await labels("SANTÉ LOGICIELS"))[0]).toBe("Santé Logiciels SAS");
    expect(await labels("medisoft")).toContain("MédiSoft Éditions");
  });

  it("finds a misspelt name (one or two typos)", async () => {
    expect((await labels("sante logicels"))[0]).toBe("Santé Logiciels SAS");
    expect(await labels("medisfot editions")).toContain("MédiSoft Éditions");
  });

  it("ranks prefix matches before close matches", async () => {
    const hits = await search("sante");
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(hits.filter((h) => h.kind === "company").map((h) => h.label)).toEqual(
      expect.arrayContaining(["Santé Logiciels SAS", "Santé Conseil"]),
    );
  });

  it("finds people by username with a typo, exact email, and first or last name", async () => {
    expect((await search("demo.responsible"))[0]).toMatchObject({ kind: "user", label: "Camille Martin" });
    expect((await search("Camille.Martin@Sante-Logiciels.example"))[0]).toMatchObject({ kind: "user", rank: 0 });
    expect(await labels("bernard")).toContain("Lucas Bernard");
    expect(await labels("zoe")).toContain("Zoé Laurent");
    expect(await labels("lyon")).toContain("Santé Logiciels SAS");
  });

  it("keeps the folded column current when a name changes", async () => {
    await getDb().update(users).set({ lastName: "Éloïse" }).where(eq(users.username, "demo.redactrice"));
    expect(await labels("eloise")).toContain("Zoé Éloïse");
  });

  it("treats LIKE wildcards as text and ignores an empty query", async () => {
    expect(await search("%%%")).toEqual([]);
    expect(await search("   ")).toEqual([]);
  });

  it("is refused to everyone but support: 404 for company users, 403 for other agency staff", async () => {
    await expect(searchDirectory(w.actors.responsable, "sante")).rejects.toBeInstanceOf(NotFoundError);
    await expect(searchDirectory(w.actors.operator, "sante")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchDirectory(w.actors.admin, "sante")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchDirectory(null, "sante")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
