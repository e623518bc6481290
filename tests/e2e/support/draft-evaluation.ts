import { queryServer } from "./db";

/**
 * Writes straight into the server's database a draft interoperability evaluation (2025.1) of
 * the product, started by demo.responsable, whose four applicable requirements are answered:
 * CI-SIS planned for 2027-03-01, FHIR done, terminologies not planned, export verified.
 * Journeys that start at "validate the evaluation" use it. Returns the evaluation's id.
 */
export async function draftInteroperabilityEvaluation(productId: string): Promise<string> {
  const [row] = await queryServer<{ id: string }>(`
    insert into evaluations (company_id, product_id, theme, questionnaire_version, started_by_id)
    select u.company_id, '${productId}', 'interoperability', '2025.1', u.id from users u where u.username = 'demo.responsable' returning id`);
  const qualifiers: Record<string, unknown> = {
    "care-settings": ["citizen"],
    "handles-patient-identity": false,
    "produces-documents": false,
    "exchanges-with-professionals": false,
    "exposes-api": true,
    "references-professionals": false,
    prescribes: false,
    "handles-imaging": false,
  };
  const values = Object.entries(qualifiers).map(([id, v]) => `('${row.id}', '${id}', '${JSON.stringify(v)}'::jsonb, null, null)`);
  values.push(
    `('${row.id}', 'INT-CISIS-01', null, 1, '2027-03-01')`,
    `('${row.id}', 'INT-FHIR-01', null, 3, null)`,
    `('${row.id}', 'INT-TERM-01', null, 0, null)`,
    `('${row.id}', 'INT-EXP-01', null, 4, null)`,
  );
  await queryServer(`insert into answers (evaluation_id, item_id, value, level, planned_date) values ${values.join(", ")}`);
  return row.id;
}
