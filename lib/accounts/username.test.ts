import { describe, expect, it } from "vitest";
import { usernameBase } from "./username";

describe("usernameBase", () => {
  it("folds accents, spaces and case", () => {
    expect(usernameBase("Élodie", "Le Gall")).toBe("elodie.le-gall");
    expect(usernameBase("Jean-François", "D’Arcy")).toBe("jean-francois.d-arcy");
  });

  it("never returns an empty login", () => {
    expect(usernameBase("", "")).toBe("utilisateur");
    expect(usernameBase("李", "王")).toBe("utilisateur");
  });
});
