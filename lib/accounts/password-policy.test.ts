import { describe, expect, it } from "vitest";
import { brokenPasswordRules } from "./password-policy";

const who = { username: "elodie.le-gall", email: "Elodie.LeGall@example.org" };

describe("password rules", () => {
  it("wants at least 12 characters", () => {
    expect(brokenPasswordRules("Court-123", who)).toEqual(["length"]);
    expect(brokenPasswordRules("Un-mot-de-passe-solide", who)).toEqual([]);
  });

  it("refuses the username or the email inside, whatever the case", () => {
    expect(brokenPasswordRules("xx-ELODIE.LE-GALL-2026", who)).toEqual(["noUsername"]);
    expect(brokenPasswordRules("elodie.legall@example.org!", who)).toEqual(["noEmail"]);
    expect(brokenPasswordRules("Mon-elodie.legall-secret", who)).toEqual(["noEmail"]);
  });

  it("counts characters, not bytes", () => {
    expect(brokenPasswordRules("éèàçùêâîôûëï", who)).toEqual([]);
  });
});
