import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, fold, normaliseQuery } from "./fold";

describe("search folding", () => {
  it("folds accents, ligatures and case like the SQL function", () => {
    expect(fold("Santé Logiciels SAS")).toBe("sante logiciels sas");
    expect(fold("MÉDISOFT Éditions")).toBe("medisoft editions");
    expect(fold("Œuvre Cæcum Zoé Noël")).toBe("oeuvre caecum zoe noel");
    expect(normaliseQuery("  sante   LOGICIEL ")).toBe("sante logiciel");
  });

  it("uses the very letters of the migration's conv_fold", () => {
    // Found by name: migrations are renumbered when branches merge.
    const dir = new URL("../../db/migrations/", import.meta.url);
    const file = readdirSync(dir).find((f) => f.endsWith("_support_search.sql"))!;
    const migration = readFileSync(new URL(file, dir), "utf8");
    expect(migration).toContain(`'${FOLD_FROM}'`);
    expect(migration).toContain(`'${FOLD_TO}'`);
    expect([...FOLD_FROM].length).toBe(FOLD_TO.length);
  });
});
