// Records new questionnaire files in questionnaires/manifest.json (never rewrites an entry).
// Usage: npx tsx scripts/questionnaires-publish.ts [--check]
import { checkManifest, publishNewFiles } from "../lib/questionnaires/manifest";

if (process.argv.includes("--check")) {
  const { changed, unlisted, missing } = checkManifest();
  for (const f of changed) console.error(`changed since publication: ${f}`);
  for (const f of unlisted) console.error(`not published: ${f}`);
  for (const f of missing) console.error(`published but missing: ${f}`);
  process.exit(changed.length + unlisted.length + missing.length ? 1 : 0);
}

try {
  const { added } = publishNewFiles();
  console.log(added.length ? `Published:\n${added.map((f) => `  ${f}`).join("\n")}` : "Nothing new to publish.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
