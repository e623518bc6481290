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
