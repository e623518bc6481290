import { describe, expect, it } from "vitest";
import { likePattern, parseFilter, parseTableQuery, withParams } from "./query";

const options = { sortable: ["name", "createdAt"] as const, defaultSort: "createdAt" as const, defaultDir: "desc" as const };

describe("parseTableQuery", () => {
  it("reads page, size, sort, direction and search", () => {
    expect(parseTableQuery({ page: "3", size: "50", sort: "name", dir: "asc", q: "  dossier " }, options)).toEqual({
      page: 3,
      size: 50,
      sort: "name",
      dir: "asc",
      q: "dossier",
    });
  });

  it("falls back to defaults on anything malformed, including unknown sort columns", () => {
    expect(parseTableQuery({ page: "-2", size: "7", sort: "password_hash", dir: "sideways" }, options)).toEqual({
      page: 1,
      size: 20,
      sort: "createdAt",
      dir: "desc",
      q: "",
    });
  });
});

describe("helpers", () => {
  it("keep only allowed filter values", () => {
    expect(parseFilter({ kind: "option" }, "kind", ["base", "option"])).toBe("option");
    expect(parseFilter({ kind: "drop table" }, "kind", ["base", "option"])).toBe("");
  });

  it("build links that change one parameter and keep the others", () => {
    expect(withParams("/products", { q: "agenda", page: "2" }, { page: null, sort: "name" })).toBe("/products?q=agenda&sort=name");
  });

  it("escape LIKE wildcards typed by the user", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("search text from the URL", () => {
  it("drops NUL and other control characters, which PostgreSQL text cannot hold", () => {
    const query = parseTableQuery({ q: "ab\u0000c\u0007" }, { sortable: ["name"], defaultSort: "name" });
    expect(query.q).toBe("ab c");
  });
});
