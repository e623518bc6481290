/** How a product is named across the evaluation pages, exports and emails. */
export function productLabel(p: { name: string; version: string; os: string; device: string }): string {
  return `${p.name} ${p.version} — ${p.os}, ${p.device}`;
}
