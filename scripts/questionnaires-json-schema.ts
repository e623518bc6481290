// Writes questionnaires/questionnaire.schema.json from the zod schema so editors check
// content files through their "$schema" key. Usage: npx tsx scripts/questionnaires-json-schema.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { questionnaireJsonSchema } from "../lib/questionnaires/json-schema";
import { QUESTIONNAIRES_DIR } from "../lib/questionnaires/load";

const file = path.join(QUESTIONNAIRES_DIR, "questionnaire.schema.json");
writeFileSync(file, questionnaireJsonSchema());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
