type Catalogue = Record<string, unknown>;

/**
 * The namespaces named, from a message catalogue. A dotted name ("team.rights") keeps only
 * that branch; the same top-level namespace named twice merges its branches.
 */
export function pickMessages(messages: Catalogue, namespaces: readonly string[]): Catalogue {
  const out: Catalogue = {};
  for (const name of namespaces) {
    const path = name.split(".");
    let source: unknown = messages;
    for (const key of path) source = source && typeof source === "object" ? (source as Catalogue)[key] : undefined;
    if (source === undefined) continue;
    let target = out;
    path.slice(0, -1).forEach((key) => {
      target[key] = typeof target[key] === "object" && target[key] !== null ? { ...(target[key] as Catalogue) } : {};
      target = target[key] as Catalogue;
    });
    target[path.at(-1)!] = source;
  }
  return out;
}
