/**
 * The terms of use in force. Publishing a new version = adding its text to the "terms"
 * message namespace and changing this constant: every user then accepts it at their next
 * sign-in. Versions are "YYYY-NN" so that they sort in publication order.
 */
export const CURRENT_TERMS_VERSION = "2026-01";

/** Publication date of the current version, shown on the terms page. */
export const CURRENT_TERMS_PUBLISHED_ON = "2026-01-05";

/** True when a user who accepted `accepted` (or nothing yet) must accept the current version. */
export function isTermsAcceptanceDue(accepted: string | null | undefined, current: string = CURRENT_TERMS_VERSION): boolean {
  return !accepted || accepted < current;
}
