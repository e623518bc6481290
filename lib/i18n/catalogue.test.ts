import { describe, expect, it } from "vitest";
import { MESSAGES, translatorFor } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

// The top-level arguments of an ICU message ({name}, {count, plural, …}); the bodies of a
// plural are literal text, so braces nested in them are skipped.
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\s*([a-zA-Z0-9_]+)/.exec(message.slice(i + 1))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

describe("message catalogues", () => {
  const fr = flatten(MESSAGES.fr as unknown as Tree);
  const en = flatten(MESSAGES.en as unknown as Tree);

  it("have the same keys in French and English", () => {
    expect([...en.keys()].filter((k) => !fr.has(k))).toEqual([]);
    expect([...fr.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatches = [...fr.entries()]
      .filter(([key, value]) => placeholders(value).join() !== placeholders(en.get(key) ?? "").join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it("have no empty message", () => {
    expect([...fr.entries(), ...en.entries()].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });
});

describe("French agreement", () => {
  const t = translatorFor("fr");

  it("agrees the noun with the figure it counts (ICU plurals)", () => {
    expect(t("evaluations.answering.sectionProgress", { answered: 0, applicable: 1 })).toBe("(0 sur 1 exigence renseignée)");
    expect(t("evaluations.answering.sectionProgress", { answered: 1, applicable: 3 })).toBe("(1 sur 3 exigences renseignées)");
    expect(t("evaluations.answering.sectionQualifiers", { answered: 0, total: 1 })).toBe("(0 sur 1 question répondue)");
    expect(t("evaluations.results.progressValue", { answered: 1, applicable: 1 })).toBe("1 sur 1 exigence applicable renseignée");
    expect(t("evaluations.results.nationalValue", { score: "58,9", companies: 1 })).toBe("58,9 sur 100 (1 société)");
    expect(t("errors.tooSmall", { minimum: 1 })).toBe("Saisissez au moins 1 caractère.");
  });

  it("agrees “not filled in” with a feminine field", () => {
    expect(t("products.page.none", { gender: "feminine" })).toBe("Non renseignée");
    expect(t("products.page.none", { gender: "masculine" })).toBe("Non renseigné");
  });
});
