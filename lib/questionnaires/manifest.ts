import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createQuestionnaireStore, QUESTIONNAIRES_DIR } from "./load";
import { THEMES, type Theme } from "./schema";

// A published questionnaire never changes: evaluations pin a version and validated
// snapshots must stay reproducible. The manifest records the sha256 of each published
// file's bytes; the check below (run by a unit test) catches edits and strays.
// Typography is not content: the hash is taken after folding the typographic apostrophe
// back to the straight one, so a published file may get its ’ (as the interface writes
// it) while any change of wording still shows as an edit.

export const MANIFEST_NAME = "manifest.json";
export type Manifest = { files: Record<string, { sha256: string }> };
export type ManifestCheck = { changed: string[]; unlisted: string[]; missing: string[] };

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(foldTypography(bytes)).digest("hex");
}

/** The bytes with every ’ turned back into ' (UTF-8 in, UTF-8 out). */
export function foldTypography(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("utf8");
  return text.includes("\u2019") ? Buffer.from(text.replaceAll("\u2019", "'"), "utf8") : bytes;
}

/** Every .json under a sub-folder of the content root, as "theme/file.json". */
export function contentFiles(root: string = QUESTIONNAIRES_DIR): string[] {
  return readdirSync(root)
    .filter((d) => statSync(path.join(root, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(root, d))
        .filter((f) => f.endsWith(".json"))
        .map((f) => `${d}/${f}`),
    )
    .sort();
}

export function readManifest(root: string = QUESTIONNAIRES_DIR): Manifest {
  const file = path.join(root, MANIFEST_NAME);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : { files: {} };
}

export function checkManifest(root: string = QUESTIONNAIRES_DIR): ManifestCheck {
  const manifest = readManifest(root);
  const onDisk = contentFiles(root);
  return {
    changed: onDisk.filter((f) => {
      const entry = manifest.files[f];
      return entry && entry.sha256 !== sha256Of(readFileSync(path.join(root, f)));
    }),
    unlisted: onDisk.filter((f) => !manifest.files[f]),
    missing: Object.keys(manifest.files).filter((f) => !onDisk.includes(f)),
  };
}

/** Validates and records files not yet in the manifest. Refuses to touch the manifest
 * while any published file has changed or vanished: a fix is a new version, not an edit. */
export function publishNewFiles(root: string = QUESTIONNAIRES_DIR): { added: string[] } {
  const check = checkManifest(root);
  if (check.changed.length || check.missing.length) {
    throw new Error(
      [
        ...check.changed.map((f) => `${f} differs from its published hash; publish a new version instead`),
        ...check.missing.map((f) => `${f} is published but missing`),
      ].join("\n"),
    );
  }
  const store = createQuestionnaireStore(root);
  for (const file of check.unlisted) {
    const [theme, name] = file.split("/");
    if (!THEMES.includes(theme as Theme)) throw new Error(`${file}: "${theme}" is not a theme folder`);
    store.loadQuestionnaire(theme as Theme, name.replace(/\.json$/, "")); // throws on invalid content
  }
  if (!check.unlisted.length) return { added: [] };
  const manifest = readManifest(root);
  const files = { ...manifest.files };
  for (const f of check.unlisted) files[f] = { sha256: sha256Of(readFileSync(path.join(root, f))) };
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(root, MANIFEST_NAME), `${JSON.stringify({ files: sorted }, null, 2)}\n`);
  return { added: check.unlisted };
}
