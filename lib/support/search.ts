import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, queryRows, type Db } from "@/db/client";
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
/**
 * Close matches are first looked for at pg_trgm's default word-similarity threshold (0.6, the
 * session's; hits below STRICT_SIMILARITY_THRESHOLD are dropped should a server set it lower):
 * one typo passes it, it needs no SET and so no transaction, and it leaves the trigram index
 * about a quarter of the candidates to score. Only when fewer than SEARCH_LIMIT hits come out
 * is the close-match pass run again at SIMILARITY_THRESHOLD; the list is the same either way,
 * since the looser pass only adds hits scoring below all of these.
 */
export const STRICT_SIMILARITY_THRESHOLD = 0.6;

type Row = { kind: "company" | "user"; id: string; rank: number; score: number; label: string; detail: string };

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The name and detail line of each hit, joined once the hits are chosen. */
function withLabels(hits: SQL): SQL {
  return sql`
    select b.kind, b.id, b.rank, b.score,
      coalesce(c.legal_name, u.first_name || ' ' || u.last_name) as label,
      coalesce(c.siren || ' · ' || c.city, u.username || ' · ' || u.email || coalesce(' · ' || uc.legal_name, '')) as detail
    from (${hits}) b
    left join companies c on b.kind = 'company' and c.id = b.id
    left join users u on b.kind = 'user' and u.id = b.id
    left join companies uc on uc.id = u.company_id`;
}

/**
 * Exact and prefix matches served by btree and trigram indexes: the exact SIREN (unique
 * index), username or email (lower() unique indexes); then, only when nothing matched exactly
 * (a one-time filter: a long exact value shares common trigrams with most rows), a SIREN being
 * typed (3 to 9 digits, a range on the SIREN index: digit trigrams match most SIRENs) or the
 * start of a word (LIKE on the trigram GIN indexes), each branch limited. In the same
 * statement, close matches at the session's threshold, only when nothing matched exactly and
 * the list has room (one-time filters again: otherwise these scans do not run at all).
 */
function firstQuery(exact: string, q: string, siren: string, digits: boolean, text: boolean): SQL {
  const lim = SEARCH_LIMIT;
  const prefix = `${likeEscape(q)}%`;
  const wordPrefix = `% ${likeEscape(q)}%`;
  return sql`
    with exact as (
      (select 'company' as kind, id, 0 as rank, 1.0::real as score from companies where siren = ${siren} limit 1)
      union all
      (select 'user', id, 0, 1.0::real from users where lower(username) = ${exact} or lower(email) = ${exact} limit 2)
    ),
    sure_hits as (
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
    sure as (
      select kind, id, min(rank) as rank, max(score) as score from sure_hits group by kind, id
      order by min(rank), max(score) desc, kind limit ${lim}
    )
    ${withLabels(
      text
        ? sql`select * from sure union all ${closeBranches(q, sql`and (select count(*) filter (where rank = 0) = 0 and count(*) < ${lim} from sure)`)}`
        : sql`select * from sure`,
    )}`;
}

/**
 * Close matches (word similarity above the threshold in force, on the trigram GIN indexes),
 * the best SEARCH_LIMIT of each table; the score is computed once per row and ordered on, not
 * recomputed as a distance.
 */
function closeBranches(q: string, when: SQL = sql``): SQL {
  const lim = SEARCH_LIMIT;
  return sql`
    (select 'company' as kind, id, 2 as rank, word_similarity(${q}, search_text) as score from companies
      where ${q} <% search_text ${when} order by score desc limit ${lim})
    union all
    (select 'user', id, 2, word_similarity(${q}, search_text) as score from users
      where ${q} <% search_text ${when} order by score desc limit ${lim})`;
}

/** Best rank and score per entity, then exact, prefix, close; a company before its people on equal scores. */
function rankHits(rows: Row[]): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const r of rows) {
    const hit: SearchHit = { ...r, rank: Number(r.rank) as 0 | 1 | 2, score: Number(r.score) };
    const key = `${hit.kind}:${hit.id}`;
    const seen = best.get(key);
    best.set(key, seen ? { ...seen, rank: Math.min(seen.rank, hit.rank) as 0 | 1 | 2, score: Math.max(seen.score, hit.score) } : hit);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.score - a.score ||
        (a.kind === b.kind ? 0 : a.kind === "company" ? -1 : 1) ||
        a.label.localeCompare(b.label, "fr"),
    )
    .slice(0, SEARCH_LIMIT);
}

/**
 * The support search. One statement (one round trip, no transaction) gives the exact, prefix
 * and one-typo matches; a second pass, for two typos, runs only when nothing matched exactly and
 * the list still has room, in its own transaction so that the lower threshold is set for it only
 * (SET LOCAL through set_config).
 */
export async function runSearch(db: Db, raw: string): Promise<SearchHit[]> {
  const exact = raw.trim().toLowerCase();
  const q = normaliseQuery(raw);
  if (!q) return [];
  const siren = exact.replace(/\s/g, "");
  const digits = /^[0-9]{3,9}$/.test(siren);
  const text = !digits && q.length >= MIN_FUZZY_LENGTH;
  const first = (await queryRows<Row>(db, firstQuery(exact, q, siren, digits, text))).filter(
    (r) => Number(r.rank) < 2 || Number(r.score) >= STRICT_SIMILARITY_THRESHOLD,
  );
  const hits = rankHits(first);
  if (!text || hits.length >= SEARCH_LIMIT || hits.some((h) => h.rank === 0)) return hits;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`);
    return rankHits([...first, ...(await queryRows<Row>(tx, withLabels(closeBranches(q))))]);
  });
}

/** For the support console: the acting user must be support. */
export async function searchDirectory(user: AppUser | null, raw: string): Promise<SearchHit[]> {
  assertSupport(user);
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) return [];
  return runSearch(getDb(), parsed.data);
}
