import { z } from "zod";

export type SortDir = "asc" | "desc";
export type TableQuery<S extends string> = { page: number; size: number; sort: S; dir: SortDir; q: string };

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * Reads a server-driven table's state from the URL (page, size, sort, dir, q), so that every
 * view is a link: shareable, bookmarkable, and working without JavaScript. Unknown or
 * malformed values fall back to defaults rather than failing.
 */
export function parseTableQuery<S extends string>(
  params: Record<string, string | string[] | undefined>,
  options: { sortable: readonly [S, ...S[]]; defaultSort: S; defaultDir?: SortDir; defaultSize?: number },
): TableQuery<S> {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(one("page"));
  const size = z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(options.defaultSize ?? 20)
    .parse(one("size"));
  const sort = z.enum(options.sortable).catch(options.defaultSort).parse(one("sort")) as S;
  const dir = z
    .enum(["asc", "desc"])
    .catch(options.defaultDir ?? "asc")
    .parse(one("dir"));
  // Control characters (a NUL byte would make PostgreSQL fail) are not part of any search.
  const q = z
    .string()
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().max(200))
    .catch("")
    .parse(one("q") ?? "");
  return { page, size, sort, dir, q };
}

/** One optional filter value from an allowed list ("" when absent or unknown). */
export function parseFilter<V extends string>(
  params: Record<string, string | string[] | undefined>,
  key: string,
  allowed: readonly V[],
): V | "" {
  const raw = Array.isArray(params[key]) ? params[key][0] : params[key];
  return (allowed as readonly string[]).includes(raw ?? "") ? (raw as V) : "";
}

/** The URL of the same view with some parameters changed (null removes one). */
export function withParams(
  pathname: string,
  current: Record<string, string | undefined>,
  changes: Record<string, string | number | null>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) if (v !== undefined && v !== "") params.set(k, v);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") params.delete(k);
    else params.set(k, String(v));
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Escapes a free-text search for SQL LIKE/ILIKE. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
