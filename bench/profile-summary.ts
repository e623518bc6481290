// Summarises a V8 CPU profile (bench/run.ts --profile DIR): self time by package or app area,
// and the heaviest functions. Run: npx tsx bench/profile-summary.ts DIR/<file>.cpuprofile
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
const file = process.argv[2];
if (!file) throw new Error("Usage: npx tsx bench/profile-summary.ts <file.cpuprofile>");
const profile = JSON.parse(readFileSync(file, "utf8")) as {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

// Self time per node from the sampled deltas.
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

function area(url: string, name: string): string {
  if (name === "(garbage collector)") return "garbage collection";
  if (name === "(idle)" || name === "(program)") return name;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg === "next") {
    const compiled = url.match(/next\/dist\/compiled\/([^/]+)/)?.[1];
    return compiled ? `next (${compiled})` : "next";
  }
  if (pkg) return pkg;
  if (url.includes("/.next/server/chunks/")) return "app bundle (server chunks)";
  if (!url) return "native (V8/Node C++: I/O, buffers, parsing)";
  if (url.startsWith("node:")) return url;
  return url.replace(/^.*\/wt-[^/]+\//, "");
}

const areas = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  if (n.callFrame.functionName === "(idle)") continue;
  total += ms;
  const a = area(n.callFrame.url, n.callFrame.functionName);
  areas.set(a, (areas.get(a) ?? 0) + ms);
  const f = `${n.callFrame.functionName || "(anonymous)"} ${a}:${n.callFrame.lineNumber + 1}`;
  functions.set(f, (functions.get(f) ?? 0) + ms);
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`Busy time: ${(total / 1000).toFixed(1)} s (idle excluded)\n\nBy area (self time):`);
for (const [a, ms] of top(areas, 15)) console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${a}`);
console.log("\nHeaviest functions (self time):");
for (const [f, ms] of top(functions, 20)) console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${f}`);
