import type { StoredAnswer } from "./model";

/** A stored answer for unit tests: nothing answered, revision 1, with the given fields. */
export function stored(itemId: string, fields: Partial<StoredAnswer>): StoredAnswer {
  return {
    itemId,
    value: null,
    level: null,
    notConcerned: false,
    justification: null,
    plannedDate: null,
    comment: null,
    evidenceDocumentId: null,
    evidenceName: null,
    evidenceUrl: null,
    revision: 1,
    updatedAt: "2026-01-01T00:00:00.000Z",
    updatedBy: null,
    ...fields,
  };
}
