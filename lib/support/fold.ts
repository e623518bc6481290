// The accent and case folding of the support search, the same as the SQL function
// conv_fold (migration *_support_search.sql): the query is folded here, the columns there.
export const FOLD_FROM = "ÀÁÂÃÄÅàáâãäåĀāÇçĆćČčÈÉÊËèéêëĒēĖėĘęÌÍÎÏìíîïĪīÑñŃńÒÓÔÕÖØòóôõöøŌōÙÚÛÜùúûüŪūÝýÿŸ";
export const FOLD_TO = "AAAAAAaaaaaaAaCcCcCcEEEEeeeeEeEeEeIIIIiiiiIiNnNnOOOOOOooooooOoUUUUuuuuUuYyyY";

const MAP = new Map([...FOLD_FROM].map((c, i) => [c, FOLD_TO[i]]));

export function fold(value: string): string {
  const translated = [...value].map((c) => MAP.get(c) ?? c).join("");
  return translated.replaceAll("Œ", "OE").replaceAll("œ", "oe").replaceAll("Æ", "AE").replaceAll("æ", "ae").toLowerCase();
}

/** The query as the search compares it: folded, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return fold(raw).replace(/\s+/g, " ").trim();
}
