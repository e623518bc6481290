import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, queryRows } from "@/db/client";
import { companies, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { buildWorld, type World } from "@/tests/integration/permission-matrix/world";
import { SEARCH_LIMIT, SIMILARITY_THRESHOLD, searchDirectory } from "./search";

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

  it("finds a username with one typo first, and a name with two typos through the looser pass", async () => {
    expect((await search("demo.respnosable"))[0]).toMatchObject({ kind: "user", label: "Camille Martin", rank: 2 });
    // Word similarity 0.5: below the first pass's 0.6, found by the second one at 0.45.
    expect((await search("snate logicels"))[0]).toMatchObject({ kind: "company", label: "Santé Logiciels SAS", rank: 2 });
  });

  it("lists the best close matches by word similarity, whichever pass found them", async () => {
    // Twelve namesakes score above 0.6 for "sante logicels" (the first pass fills the list),
    // others in between 0.45 and 0.6, so that a wrongly skipped or wrongly trusted pass shows.
    const cities = ["Nantes", "Lille", "Brest", "Caen", "Nice", "Pau", "Metz", "Tours", "Dijon", "Rouen", "Laval", "Niort"];
    await getDb()
      .insert(companies)
      .values(
        [
          ...cities.map((city) => ({ legalName: `Santé Logiciels ${city}`, city })),
          { legalName: "Sainte Logique", city: "Albi" },
          { legalName: "Santé Logistique", city: "Agen" },
          { legalName: "Sentinelle Logicielle", city: "Auch" },
        ].map((c, i) => ({ ...c, siren: String(200000000 + i), addressLine: "3 rue C", postalCode: "31000" })),
      );
    for (const q of ["sante logicels", "snate logicels", "sante logique"]) {
      const hits = await search(q);
      const sure = new Set(hits.filter((h) => h.rank < 2).map((h) => h.id));
      const reference = await queryRows<{ id: string; score: number }>(
        getDb(),
        sql`select id, word_similarity(${q}, search_text) as score from companies union all select id, word_similarity(${q}, search_text) from users`,
      );
      const expected = reference
        .filter((r) => Number(r.score) >= SIMILARITY_THRESHOLD && !sure.has(r.id))
        .map((r) => Number(r.score).toFixed(4))
        .sort()
        .reverse()
        .slice(0, SEARCH_LIMIT - sure.size);
      expect(hits.filter((h) => h.rank === 2).map((h) => h.score.toFixed(4))).toEqual(expected);
    }
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
