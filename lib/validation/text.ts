// Characters that display as nothing (zero-width space/joiners, word joiner, BOM, soft
// hyphen) or reorder text (bidirectional overrides and isolates): two names that look the
// same must be the same, and a file name must read as it is.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A name as stored and compared: Unicode NFKC (full-width and compatibility forms fold),
 * no invisible, bidirectional or control character, single spaces, trimmed.
 */
export function normalizeName(value: string): string {
  return value.normalize("NFKC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

/** Control and bidirectional characters removed (file names, free one-line text). */
export function stripUnsafeChars(value: string): string {
  return value.replace(INVISIBLE, "").replace(CONTROL, "");
}
