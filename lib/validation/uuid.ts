// Canonical 8-4-4-4-12 hex, which is what PostgreSQL's uuid type accepts without error.
// Ids come from URLs and forms: anything else is simply something that does not exist.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one UUID check of the platform: true only for what the database can compare. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
