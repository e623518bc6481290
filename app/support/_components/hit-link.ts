import type { SearchHit } from "@/lib/support/search";

export function hitHref(hit: Pick<SearchHit, "kind" | "id">): string {
  return hit.kind === "company" ? `/support/companies/${hit.id}` : `/support/people/${hit.id}`;
}
