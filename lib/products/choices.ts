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

/** "[Name] [OS] [Device]", skipping what is not filled in yet. */
export function suggestedName(name: string, osLabel: string, deviceLabel: string): string {
  return [name, osLabel, deviceLabel]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}
