import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

const catalogue = { common: { ok: "OK" }, team: { rights: { a: "A" }, status: { b: "B" }, other: { c: "C" } }, faq: { q: "?" } };

describe("pickMessages", () => {
  it("keeps only the namespaces named", () => {
    expect(pickMessages(catalogue, ["common"])).toEqual({ common: { ok: "OK" } });
  });

  it("keeps only the branches named in a namespace, merging them", () => {
    expect(pickMessages(catalogue, ["team.rights", "team.status"])).toEqual({ team: { rights: { a: "A" }, status: { b: "B" } } });
  });

  it("skips names the catalogue does not have", () => {
    expect(pickMessages(catalogue, ["missing", "team.nothing"])).toEqual({});
  });
});
