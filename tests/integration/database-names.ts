export const TEMPLATE_DB = "convergence_it_template";

/** The same server as DATABASE_URL, another database. */
export function serverUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
