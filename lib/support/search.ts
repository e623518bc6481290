import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, queryRows, type Executor } from "@/db/client";
import type { AppUser } from "@/lib/auth/types";
import { assertSupport } from "./access";
import { normaliseQuery } from "./fold";

export type SearchHit = {
  kind: "company" | "user";
  id: string;
  label: string;
  detail: string;
  /** 0 exact SIREN/username/email, 1 prefix of a word, 2 close (trigram) match. */
  rank: 0 | 1 | 2;
  score: number;
};

export const searchQuerySchema = z.string().trim().max(100);

/** Below this many characters only exact matches are looked for: trigrams need three. */
export const MIN_FUZZY_LENGTH = 3;
export const SEARCH_LIMIT = 10;
/** Word similarity needed for a close match: one or two typos in a word still pass. */
export const SIMILARITY_THRESHOLD = 0.45;

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The support search as one statement: a UNION of exact, prefix and close-match branches,
 * each served by an index (companies.siren, lower(username), lower(email); the trigram GIN
 * indexes on the folded search_text columns for LIKE and word similarity) and each limited
 * on its own, then ranked and deduplicated. On equal scores a company comes before its people
 * (whose emails often carry the company's name). The threshold is set for this transaction only.
 */
export async function runSearch(db: Executor, raw: string): Promise<SearchHit[]> {
  const exact = raw.trim().toLowerCase();
  const q = normaliseQuery(raw);
  if (!q) return [];
  const lim = SEARCH_LIMIT;
  const siren = exact.replace(/\s/g, "");
  // Digits are a SIREN being typed: its prefix, by range on the unique index. Trigrams of
  // digits match most SIRENs and would only cost time.
  const digits = /^[0-9]{3,9}$/.test(siren);
  const text = !digits && q.length >= MIN_FUZZY_LENGTH;
  const prefix = `${likeEscape(q)}%`;
  const wordPrefix = `% ${likeEscape(q)}%`;
  const empty = sql`select null::text as kind, null::uuid as id, 0 as rank, 0::real as score where false`;
  const query = sql`
    with exact as (
      (select 'company' as kind, id, 0 as rank, 1.0::real as score from companies where siren = ${siren} limit 1)
      union all
      (select 'user', id, 0, 1.0::real from users where lower(username) = ${exact} or lower(email) = ${exact} limit 2)
    ),
    -- Prefix matches only when nothing matched exactly (a one-time filter, as below): an exact
    -- SIREN, username or email is what was looked for, and a long exact value shares common
    -- trigrams with most rows.
    sure as (
      select * from exact
      ${digits ? sql`union all (select 'company', id, 1, 0.5::real from companies where siren >= ${siren} and siren < ${siren + ":"} and not exists (select 1 from exact) order by siren limit ${lim})` : sql``}
      ${
        text
          ? sql`
      union all
      (select 'company', id, 1, similarity(search_text, ${q}) from companies
        where (search_text like ${prefix} or search_text like ${wordPrefix}) and not exists (select 1 from exact) limit ${lim * 3})
      union all
      (select 'user', id, 1, similarity(search_text, ${q}) from users
        where (search_text like ${prefix} or search_text like ${wordPrefix}) and not exists (select 1 from exact) limit ${lim * 3})`
          : sql``
      }
    ),
    -- Close matches only when nothing matched exactly and prefix matches leave room in the
    -- list: the condition is a one-time filter, so these scans do not run at all otherwise.
    close as (
      ${
        text
          ? sql`(select 'company' as kind, id, 2 as rank, word_similarity(${q}, search_text) as score from companies
        where ${q} <% search_text and (select count(distinct (kind, id)) filter (where rank = 0) = 0 and count(distinct (kind, id)) < ${lim} from sure) order by ${q} <<-> search_text limit ${lim})
      union all
      (select 'user', id, 2, word_similarity(${q}, search_text) from users
        where ${q} <% search_text and (select count(distinct (kind, id)) filter (where rank = 0) = 0 and count(distinct (kind, id)) < ${lim} from sure) order by ${q} <<-> search_text limit ${lim})`
          : empty
      }
    ),
    hits as (select * from sure union all select * from close),
    best as (
      select kind, id, min(rank) as rank, max(score) as score from hits group by kind, id
      order by min(rank), max(score) desc, kind limit ${lim}
    )
    select b.kind, b.id, b.rank, b.score,
      coalesce(c.legal_name, u.first_name || ' ' || u.last_name) as label,
      coalesce(c.siren || ' · ' || c.city, u.username || ' · ' || u.email || coalesce(' · ' || uc.legal_name, '')) as detail
    from best b
    left join companies c on b.kind = 'company' and c.id = b.id
    left join users u on b.kind = 'user' and u.id = b.id
    left join companies uc on uc.id = u.company_id
    order by b.rank, b.score desc, b.kind, label`;
  const rows = await queryRows<{ kind: "company" | "user"; id: string; rank: number; score: number; label: string; detail: string }>(
    db,
    query,
  );
  return rows.map((r) => ({ ...r, rank: Number(r.rank) as 0 | 1 | 2, score: Number(r.score) }));
}

/** For the support console: the acting user must be support. */
export async function searchDirectory(user: AppUser | null, raw: string): Promise<SearchHit[]> {
  assertSupport(user);
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) return [];
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`);
    return runSearch(tx, parsed.data);
  });
}
