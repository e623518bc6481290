// The fixed lists the product form offers, and the helpers that turn a stored value back
// into a form choice. Client-safe: no database import. OS and device values are stored as
// these canonical codes; "other" stores what the user typed.

export const PRODUCT_KINDS = ["base", "option"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_STATUSES = ["active", "archived"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const OS_VALUES = ["iOS", "Android", "Windows", "macOS", "Linux", "Web"] as const;
export type OsValue = (typeof OS_VALUES)[number];

export const DEVICE_VALUES = ["Mobile", "Website", "Desktop"] as const;
export type DeviceValue = (typeof DEVICE_VALUES)[number];

export const OTHER = "other" as const;

/** The canonical code for a typed value ("windows" → "Windows"), or the trimmed text itself. */
export function canonical(value: string, known: readonly string[]): string {
  const trimmed = value.trim();
  return known.find((k) => k.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
}

/** What the form shows for a stored value: a known code, or "other" with the free text. */
export function splitStored(stored: string, known: readonly string[]): { choice: string; other: string } {
  const code = known.find((k) => k.toLowerCase() === stored.toLowerCase());
  return code ? { choice: code, other: "" } : { choice: stored ? OTHER : "", other: stored };
}

/** The value to store for a form choice: the code, or the typed text when "other". */
export function resolveChoice(choice: string, other: string | undefined, known: readonly string[]): string {
  return choice === OTHER ? canonical(other ?? "", known) : choice;
}

export function isKnown<T extends string>(value: string, known: readonly T[]): value is T {
  return (known as readonly string[]).includes(value);
}

/** Whether `text` already holds `part` as whole words, ignoring case and accents. */
function holds(text: string, part: string): boolean {
  const fold = (v: string) =>
    ` ${v
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()} `;
  const needle = fold(part);
  return needle.trim() !== "" && fold(text).includes(needle);
}

/** A part of the suggested name: what is shown, and the stored code that says the same. */
export type NamePart = { label: string; code?: string };

/**
 * "[Name] [OS] [Device]", skipping what is not filled in yet and what the name already
 * says (as the label or as its code): "Dossier iOS Mobile" stays as it is rather than
 * becoming "Dossier iOS Mobile iOS Mobile".
 */
export function suggestedName(name: string, ...parts: NamePart[]): string {
  const base = name.trim();
  const extra = parts
    .filter(({ label, code }) => label.trim() && !holds(base, label) && !(code && holds(base, code)))
    .map(({ label }) => label.trim());
  return [base, ...extra].filter(Boolean).join(" ");
}
