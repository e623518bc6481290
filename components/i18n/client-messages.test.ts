import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The browser only gets the namespaces a layout's <ClientMessages> names (plus the base ones):
// a client component whose namespace no layout above it names shows raw keys. This reads the
// code: every `useTranslations("x")` in a client component must be covered by the layouts on
// the path of each page folder that uses it (directly, or through shared components).

const ROOT = path.resolve(__dirname, "../..");
const BASE = /BASE_CLIENT_NAMESPACES = \[([^\]]*)\]/.exec(readFileSync(path.join(ROOT, "components/i18n/client-messages.tsx"), "utf8"))![1];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const files = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "components"))];
const source = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const strings = (list: string) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
const base = strings(BASE);

/** Namespaces the layouts from app/ down to `dir` hand to the browser. */
function coverage(dir: string): string[] {
  const out = [...base];
  for (let d = dir; d.startsWith(path.join(ROOT, "app")); d = path.dirname(d)) {
    const layout = source.get(path.join(d, "layout.tsx"));
    const listed = layout && /<ClientMessages namespaces=\{\[([^\]]*)\]\}/.exec(layout);
    if (listed) out.push(...strings(listed[1]));
  }
  return out;
}

const covered = (ns: string, list: string[]) => list.some((l) => ns === l || ns.startsWith(`${l}.`));

/** The app/ files that import `file`, directly or through other components. */
function appImporters(file: string, seen = new Set<string>()): string[] {
  const stem = path.relative(ROOT, file).replace(/\.tsx?$/, "");
  const out: string[] = [];
  for (const [other, text] of source) {
    if (seen.has(other)) continue;
    const rel = path.relative(path.dirname(other), file).replace(/\.tsx?$/, "");
    const imports =
      text.includes(`"@/${stem}"`) || text.includes(`"./${rel}"`) || text.includes(`"${rel.startsWith(".") ? rel : `./${rel}`}"`);
    if (!imports) continue;
    seen.add(other);
    out.push(...(other.startsWith(path.join(ROOT, "app")) ? [other] : []), ...appImporters(other, seen));
  }
  return out;
}

describe("client message namespaces", () => {
  it("every client component's namespace reaches the browser where it is used", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of source) {
      if (!/^["']use client["']/m.test(text)) continue;
      const used = [...text.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]);
      if (used.length === 0) continue;
      const places = file.startsWith(path.join(ROOT, "app")) ? [file] : appImporters(file);
      for (const place of places)
        for (const ns of used) {
          checked++;
          if (!covered(ns, coverage(path.dirname(place))))
            missing.push(`${path.relative(ROOT, file)} uses "${ns}" under ${path.relative(ROOT, place)}`);
        }
    }
    expect(checked).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});
