import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { AUDIT_ACTIONS, splitAction } from "./actions";

const ROOT = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// The actions the code writes: in every file that writes the audit log, the "area.action"
// literals on lines that name an action or call an audit helper, and the prefixes of actions
// built from a template ("product.${…}").
function recordedActions(): { literals: Set<string>; prefixes: Set<string> } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of [...sources(join(ROOT, "lib")), ...sources(join(ROOT, "app"))]) {
    const code = readFileSync(file, "utf8");
    if (!code.includes("recordAudit(")) continue;
    for (const line of code.split("\n").filter((l) => /action\b|audit\(/.test(l))) {
      for (const m of line.matchAll(/["']([a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*)["']/g)) literals.add(m[1]);
      for (const m of line.matchAll(/`([a-z]+(?:_[a-z]+)*\.)\$\{/g)) prefixes.add(m[1]);
    }
  }
  return { literals, prefixes };
}

describe("audit actions", () => {
  const { literals, prefixes } = recordedActions();

  it("finds the actions the code records", () => {
    // Guards the scan itself: if it found nothing, the checks below would pass for nothing.
    expect(literals).toContain("team.responsable_transferred");
    expect(literals).toContain("account_request.approved");
    expect(prefixes).toContain("product.");
  });

  it("lists every action recorded anywhere in the code", () => {
    expect([...literals].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    for (const prefix of prefixes) expect(AUDIT_ACTIONS.some((a) => a.startsWith(prefix))).toBe(true);
  });

  it("has a sentence and a name for every action, in French and English", () => {
    for (const locale of ["fr", "en"] as const) {
      const audit = MESSAGES[locale].audit as unknown as {
        events: Record<string, Record<string, string>>;
        actions: Record<string, Record<string, string>>;
      };
      const missing = AUDIT_ACTIONS.filter((action) => {
        const [area, name] = splitAction(action);
        return !audit.events[area]?.[name] || !audit.actions[area]?.[name];
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
