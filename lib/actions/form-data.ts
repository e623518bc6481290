// PostgreSQL text cannot hold NUL: dropped at the boundary, it can never reach a query.
const NUL = /\u0000/g;

/** Text as every boundary accepts it: no NUL byte. */
export function withoutNul(value: string): string {
  return value.replace(NUL, "");
}

/**
 * FormData to a plain object: repeated keys become arrays, Next's internal keys are
 * dropped, and NUL bytes are removed from text.
 */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? withoutNul(raw) : raw;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

const SECRET = /pass(word)?|secret|token/i;

/** What the user typed, to put back in the form after an error; never a secret or a file. */
export function echoValues(formData: FormData, secretFields: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (SECRET.test(key) || secretFields.includes(key)) continue;
    const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (strings.length === 0) continue;
    out[key] = Array.isArray(value) ? strings : strings[0];
  }
  return out;
}
