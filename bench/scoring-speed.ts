// Speed of the scoring engine alone (issue 14: keep at least 50,000 evaluations per second):
// scores the newest version of each theme's questionnaire with varied, deterministic answers
// (every level, some "not concerned", qualifiers answered) and prints evaluations per second.
// Run: npx tsx bench/scoring-speed.ts   (BENCH_RUNS=200000 by default)
import { latestVersion, loadQuestionnaire } from "@/lib/questionnaires/load";
import { qualifiersOf, requirementsOf, type Questionnaire } from "@/lib/questionnaires/schema";
import type { Answers } from "@/lib/scoring/answers";
import { scoreQuestionnaire } from "@/lib/scoring/score";

const RUNS = Number(process.env.BENCH_RUNS ?? 200_000);
const THEMES = ["interoperability", "security", "urbanisation", "strategy"] as const;

function answerSets(q: Questionnaire, count: number): Answers[] {
  const sets: Answers[] = [];
  for (let n = 0; n < count; n++) {
    const answers: Answers = { qualifiers: {}, requirements: {} };
    for (const qualifier of qualifiersOf(q)) {
      if (qualifier.type === "boolean") answers.qualifiers[qualifier.id] = n % 2 === 0;
      else {
        const option = qualifier.options[n % qualifier.options.length].value;
        answers.qualifiers[qualifier.id] = qualifier.type === "single" ? option : [option];
      }
    }
    requirementsOf(q).forEach((r, i) => {
      answers.requirements[r.id] =
        (n + i) % 11 === 0 ? { notConcerned: true, justification: "x" } : { level: String((n + i) % 5) as never };
    });
    sets.push(answers);
  }
  return sets;
}

for (const theme of THEMES) {
  const version = latestVersion(theme);
  if (!version) continue;
  const q = loadQuestionnaire(theme, version);
  const sets = answerSets(q, 100);
  for (let i = 0; i < 1000; i++) scoreQuestionnaire(q, sets[i % sets.length]); // warm-up
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) scoreQuestionnaire(q, sets[i % sets.length]);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round(RUNS / seconds);
  console.log(`${theme} ${version} (${requirementsOf(q).length} requirements): ${perSecond.toLocaleString("en")} evaluations/s`);
}
