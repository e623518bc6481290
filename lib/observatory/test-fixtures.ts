// Validated security evaluations for the observatory's tests, as SQL (no imports, so that the
// Playwright specs can use it against the server's database too): ten companies, six with a
// website product and four with a mobile one, each validated in May 2026. Filtering on
// "Mobile" isolates a group of four companies, which must never be shown.

export const OBSERVATORY_GROUPS = { website: 6, mobile: 4 } as const;

function company(i: number, device: "Website" | "Mobile", score: number): string {
  const siren = `98765${String(i).padStart(4, "0")}`;
  const level = score >= 75 ? "advanced" : score >= 50 ? "structured" : "emerging";
  const result = JSON.stringify({
    score,
    sections: [
      { id: "governance", score },
      { id: "authentication", score: score / 2 },
    ],
    requirements: [
      { id: "SEC-PGSSI-01", score: score / 100, counted: true },
      { id: "SEC-RGPD-01", score: null, counted: false },
    ],
  });
  return `
  with c as (
    insert into companies (siren, legal_name, address_line, postal_code, city)
    values ('${siren}', 'Observatoire Test ${i}', '1 rue du Test', '75001', 'Paris') returning id
  ), p as (
    insert into products (company_id, kind, name, version, os, device, in_catalogue)
    select id, 'base', 'Logiciel ${i}', '1.0', '${device === "Mobile" ? "iOS" : "Web"}', '${device}', ${i % 2 === 0} from c returning id, company_id
  ), e as (
    insert into evaluations (company_id, product_id, theme, questionnaire_version, status, validated_at)
    select company_id, id, 'security', '2025.1', 'validated', '2026-05-10T10:00:00Z' from p returning id, company_id, product_id
  )
  insert into evaluation_snapshots (evaluation_id, company_id, product_id, theme, questionnaire_version, answers, result, score, maturity, compliant, validated_by_id, validated_at)
  select e.id, e.company_id, e.product_id, 'security', '2025.1', '{}'::jsonb, '${result}'::jsonb, ${score}, '${level}', ${score >= 75},
    (select id from users order by username limit 1), '2026-05-10T10:00:00Z'
  from e
  where not exists (select 1 from companies where siren = '${siren}' and id <> (select id from c));`;
}

/** The statements to run, one per company; run them once on a database with the demo users. */
export function observatoryFixtureSql(): string[] {
  const out: string[] = [];
  for (let i = 1; i <= OBSERVATORY_GROUPS.website; i++) out.push(company(i, "Website", 40 + 5 * i));
  for (let i = 1; i <= OBSERVATORY_GROUPS.mobile; i++) out.push(company(100 + i, "Mobile", 90));
  return out;
}

/** "2026-T4" for a day in October–December 2026 (plans store quarters so). */
function quarterOf(day: Date, plus: number): string {
  const index = day.getUTCFullYear() * 4 + Math.floor(day.getUTCMonth() / 3) + plus;
  return `${Math.floor(index / 4)}-T${(index % 4) + 1}`;
}

/** A line as a validated plan freezes it: what operators must never see. */
export const FIXTURE_PLAN_NOTE = "Note confidentielle : migration du serveur d’authentification";

function planOf(siren: string, compliantAfter: number | null, today: Date): string {
  const curve = [0, 1, 2, 3].map((i) => ({
    quarter: quarterOf(today, i),
    score: 60 + 10 * i,
    maturity: null,
    compliant: compliantAfter !== null && i >= compliantAfter,
  }));
  const from = compliantAfter === null ? null : quarterOf(today, compliantAfter);
  const content = JSON.stringify({
    companyName: "Observatoire Test",
    product: null,
    today: today.toISOString().slice(0, 10),
    themes: [
      {
        theme: "security",
        version: "2025.1",
        source: "validated",
        lines: [
          { requirementId: "SEC-PGSSI-01", plannedLevel: 4, plannedQuarter: curve[1].quarter, note: FIXTURE_PLAN_NOTE, state: "late" },
        ],
        atTarget: 0,
        currentScore: 60,
        curve,
        compliantFrom: from,
        neverBecause: [],
      },
    ],
    missing: ["interoperability", "urbanisation"],
    warnings: [],
    compliantFrom: "unknown",
    owners: {},
  }).replace(/'/g, "''");
  return `
  with p as (
    select pr.id as product_id, pr.company_id from products pr join companies c on c.id = pr.company_id where c.siren = '${siren}'
  ), pl as (
    insert into plans (company_id, product_id) select company_id, product_id from p returning id, company_id, product_id
  )
  insert into plan_snapshots (plan_id, company_id, product_id, plan_revision, content, compliant_from, validated_by_id, validated_by_name, validated_at)
  select pl.id, pl.company_id, pl.product_id, 1, '${content}'::jsonb, 'unknown',
    (select id from users order by username limit 1), 'Test Validateur', now() from pl;`;
}

/**
 * Validated security plans for the same ten companies (run after observatoryFixtureSql): the
 * six website products become compliant one, two or three quarters from `today` (two each),
 * the four mobile ones never do. Each plan holds a line with FIXTURE_PLAN_NOTE.
 */
export function observatoryPlanFixtureSql(today: Date = new Date()): string[] {
  const out: string[] = [];
  for (let i = 1; i <= OBSERVATORY_GROUPS.website; i++) out.push(planOf(`98765${String(i).padStart(4, "0")}`, 1 + (i % 3), today));
  for (let i = 1; i <= OBSERVATORY_GROUPS.mobile; i++) out.push(planOf(`98765${String(100 + i).padStart(4, "0")}`, null, today));
  return out;
}
