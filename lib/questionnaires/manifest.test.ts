import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkManifest, publishNewFiles, readManifest, sha256Of } from "./manifest";
import { questionnaire, requirement } from "./test-fixtures";

describe("published questionnaires", () => {
  it("match the hashes recorded in questionnaires/manifest.json, with nothing unlisted or missing", () => {
    // If this fails: a published file was edited (publish a new version instead), or a new
    // file awaits `npx tsx scripts/questionnaires-publish.ts`.
    expect(checkManifest()).toEqual({ changed: [], unlisted: [], missing: [] });
  });
});

describe("sha256Of", () => {
  it("ignores the apostrophe's typography and nothing else", () => {
    const straight = sha256Of(Buffer.from("l'exigence est réalisée"));
    expect(sha256Of(Buffer.from("l’exigence est réalisée"))).toBe(straight);
    expect(sha256Of(Buffer.from("l’exigence est planifiée"))).not.toBe(straight);
  });
});

describe("publishNewFiles", () => {
  const root = mkdtempSync(path.join(tmpdir(), "questionnaires-manifest-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  const file = (version: string) => `${JSON.stringify(questionnaire({ s: [requirement("INT-A-01")] }, { version }), null, 2)}\n`;

  it("records new files with the sha256 of their bytes and never rewrites an entry", () => {
    write("interoperability/2025.1.json", file("2025.1"));
    expect(publishNewFiles(root)).toEqual({ added: ["interoperability/2025.1.json"] });
    const first = readManifest(root).files["interoperability/2025.1.json"];
    expect(first.sha256).toBe(sha256Of(readFileSync(path.join(root, "interoperability/2025.1.json"))));
    expect(publishNewFiles(root)).toEqual({ added: [] });

    write("interoperability/2026.1.json", file("2026.1"));
    expect(checkManifest(root).unlisted).toEqual(["interoperability/2026.1.json"]);
    expect(publishNewFiles(root).added).toEqual(["interoperability/2026.1.json"]);
    expect(readManifest(root).files["interoperability/2025.1.json"]).toEqual(first);
  });

  it("refuses to publish while a published file has changed or vanished", () => {
    write("interoperability/2025.1.json", file("2025.1").replace("Test questionnaire", "Edited"));
    write("interoperability/2026.2.json", file("2026.2"));
    expect(checkManifest(root)).toEqual({
      changed: ["interoperability/2025.1.json"],
      unlisted: ["interoperability/2026.2.json"],
      missing: [],
    });
    expect(() => publishNewFiles(root)).toThrow(/2025\.1\.json differs from its published hash/);
    expect(readManifest(root).files["interoperability/2026.2.json"]).toBeUndefined();

    write("interoperability/2025.1.json", file("2025.1"));
    rmSync(path.join(root, "interoperability/2026.1.json"));
    expect(checkManifest(root).missing).toEqual(["interoperability/2026.1.json"]);
    expect(() => publishNewFiles(root)).toThrow(/2026\.1\.json is published but missing/);
  });

  it("refuses invalid new files", () => {
    write("interoperability/2026.1.json", file("2026.1"));
    rmSync(path.join(root, "interoperability/2026.2.json"));
    write("interoperability/2027.1.json", file("2026.1"));
    expect(() => publishNewFiles(root)).toThrow(/version is "2026.1" but the file is named 2027.1.json/);
    write("drafts/2027.1.json", file("2027.1"));
    rmSync(path.join(root, "interoperability/2027.1.json"));
    expect(() => publishNewFiles(root)).toThrow(/"drafts" is not a theme folder/);
  });
});
