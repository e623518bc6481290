import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { memoizeFor } from "@/lib/stats/memo";
import { quarterOfDay, todayInParis } from "@/lib/format";
import type { AppUser } from "@/lib/auth/types";
import { latestVersion, listQuestionnaires, loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf, type Questionnaire } from "@/lib/questionnaires/schema";
import { assertCanReadObservatory } from "./access";
import { aggregate } from "./aggregate";
import { loadPlanObservations } from "./plan-data";
import { aggregateProjection } from "./projection";
import { FILTER_KEYS, PRODUCT_THEMES, type ObservatoryFilters, type ObservatoryView, type Observation, type ProductTheme } from "./types";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().trim().max(100);
const filtersSchema = z.object({
  kind: z.enum(["base", "option", ""]).catch(""),
  device: text.catch(""),
  os: text.catch(""),
  listed: z.enum(["yes", "no", ""]).catch(""),
  version: z
    .string()
    .regex(/^\d{4}\.\d+$/)
    .or(z.literal(""))
    .catch(""),
  from: day.or(z.literal("")).catch(""),
  to: day.or(z.literal("")).catch(""),
});

/** The filters from the URL; anything malformed means "no filter". */
export function parseObservatoryFilters(params: Record<string, string | string[] | undefined>): ObservatoryFilters {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k][0] : params[k]) ?? "";
  return filtersSchema.parse(Object.fromEntries(FILTER_KEYS.map((k) => [k, one(k)])));
}

/**
 * The latest validated evaluation of each active product on each product theme, reduced to
 * its figures. Scores are 0–100 everywhere (a requirement's level / 4 is scaled like a theme).
 */
async function loadObservations(): Promise<Observation[]> {
  const rows = await getDb().execute(sql`
    select distinct on (s.product_id, s.theme)
      s.company_id as "companyId", s.product_id as "productId", s.theme, s.questionnaire_version as version,
      p.kind, p.device, p.os, p.in_catalogue as listed,
      to_char(s.validated_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as "validatedOn",
      s.score, s.maturity, s.compliant,
      coalesce((select jsonb_object_agg(e ->> 'id', (e ->> 'score')::float8) from jsonb_array_elements(s.result -> 'sections') e
        where jsonb_typeof(e -> 'score') = 'number'), '{}'::jsonb) as sections,
      coalesce((select jsonb_object_agg(e ->> 'id', 100 * (e ->> 'score')::float8) from jsonb_array_elements(s.result -> 'requirements') e
        where (e ->> 'counted')::boolean and jsonb_typeof(e -> 'score') = 'number'), '{}'::jsonb) as requirements
    from evaluation_snapshots s
    join products p on p.id = s.product_id
    where s.theme in ('interoperability', 'security', 'urbanisation') and p.status = 'active'
    order by s.product_id, s.theme, s.validated_at desc`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as (Observation & { score: number | string | null })[];
  return list.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
}

export type ObservatoryStructure = Record<
  ProductTheme,
  { questionnaire: Questionnaire; levels: string[]; sections: string[]; requirements: string[] }
>;

/** What each theme's tables list: from the chosen questionnaire version, else the latest. */
export function observatoryStructure(version: string): ObservatoryStructure {
  return Object.fromEntries(
    PRODUCT_THEMES.map((theme) => {
      const versions =
        listQuestionnaires()
          .find((t) => t.theme === theme)
          ?.versions.map((v) => v.version) ?? [];
      const questionnaire = loadQuestionnaire(theme, versions.includes(version) ? version : (latestVersion(theme) ?? versions[0]));
      return [
        theme,
        {
          questionnaire,
          levels: questionnaire.levels.map((l) => l.id),
          sections: questionnaire.sections.filter((s) => s.items.some((i) => i.kind === "requirement")).map((s) => s.id),
          requirements: requirementsOf(questionnaire).map((r) => r.id),
        },
      ];
    }),
  ) as ObservatoryStructure;
}

export type ObservatoryData = {
  view: ObservatoryView;
  structure: ObservatoryStructure;
  /** The values the filters offer, from the products evaluated. */
  choices: { devices: string[]; os: string[]; versions: string[] };
};

// The national figures only move when an evaluation or a plan is validated, and computing
// them at 100× costs about a second of CPU (reading 64,000 snapshots, then aggregating with
// the small-group rule). So each instance keeps, for OBSERVATORY_CACHE_SECONDS, the result per
// filter combination and day (at most CACHE_ENTRIES of them, the oldest dropped first).
const CACHE_ENTRIES = 200;
const cache = new Map<string, ReturnType<typeof memoizeFor<ObservatoryData>>>();
let national: ReturnType<typeof memoizeFor<[Observation[], Awaited<ReturnType<typeof loadPlanObservations>>]>> | undefined;

function nationalData() {
  national ??= memoizeFor(env().OBSERVATORY_CACHE_SECONDS * 1000, () => Promise.all([loadObservations(), loadPlanObservations()]));
  return national.get();
}

async function compute(filters: ObservatoryFilters, today: string): Promise<ObservatoryData> {
  const [observations, plans] = await nationalData();
  const structure = observatoryStructure(filters.version);
  const view = { ...aggregate(observations, filters, structure), projection: aggregateProjection(plans, filters, quarterOfDay(today)) };
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, "fr"));
  return {
    view,
    structure,
    choices: {
      devices: sorted(observations.map((o) => o.device)),
      os: sorted(observations.map((o) => o.os)),
      versions: sorted(observations.map((o) => o.version)),
    },
  };
}

/** The observatory as an operator sees it: figures with small groups suppressed. */
export async function getObservatory(user: AppUser | null, filters: ObservatoryFilters, today = todayInParis()): Promise<ObservatoryData> {
  assertCanReadObservatory(user);
  const ttlMs = env().OBSERVATORY_CACHE_SECONDS * 1000;
  if (ttlMs === 0) return compute(filters, today);
  const key = JSON.stringify([today, ...FILTER_KEYS.map((k) => filters[k])]);
  let entry = cache.get(key);
  if (!entry) {
    entry = memoizeFor(ttlMs, () => compute(filters, today));
    cache.set(key, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return entry.get();
}
