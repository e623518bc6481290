import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, grants, products, users } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { getEvaluation } from "./load";
import { itemIndex, missingItems } from "./model";
import { saveAnswer, type SaveResult } from "./save";
import type { SaveAnswerInput } from "./schema";

// Helpers for this area's integration tests and benchmarks (not imported by application code).

export async function userNamed(username: string): Promise<AppUser> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await findActiveUserById(getDb(), row.id))!;
}

export async function productNamed(name: string, os?: string) {
  const rows = await getDb().select().from(products).where(eq(products.name, name));
  return rows.find((p) => !os || p.os === os)!;
}

export async function grantProduct(user: AppUser, productId: string, level: "draft" | "validate"): Promise<void> {
  await getDb().insert(grants).values({ userId: user.id, companyId: user.companyId!, kind: "product", productId, level });
}

/** The current revision of an item's answer (0: none), as the answering page would know it. */
export async function revisionOf(evaluationId: string, itemId: string): Promise<number> {
  const [row] = await getDb()
    .select({ revision: answers.revision })
    .from(answers)
    .where(and(eq(answers.evaluationId, evaluationId), eq(answers.itemId, itemId)));
  return row?.revision ?? 0;
}

type Fields = Omit<SaveAnswerInput, "evaluationId" | "itemId" | "baseRevision">;

/** Saves an item from its current revision (no conflict expected). */
export async function answer(
  user: AppUser,
  evaluationId: string,
  itemId: string,
  fields: Fields,
): Promise<Extract<SaveResult, { status: "saved" }>> {
  const result = await saveAnswer(user, { evaluationId, itemId, baseRevision: await revisionOf(evaluationId, itemId), ...fields });
  if (result.status !== "saved") throw new Error(`unexpected conflict on ${itemId}`);
  return result;
}

export const qualifier = (value: unknown): Fields => ({ value: JSON.stringify(value) });
export const level = (value: "0" | "1" | "2" | "3" | "4", extra: Partial<Fields> = {}): Fields => ({ level: value, ...extra });

/**
 * Interoperability answered so that few requirements apply (exposes-api is the only "yes"):
 * INT-CISIS-01, INT-FHIR-01, INT-TERM-01 and INT-EXP-01 (always), plus INT-FHIR-02 in 2026.1.
 */
export const INTEROP_QUALIFIERS: Record<string, unknown> = {
  "care-settings": ["citizen"],
  "handles-patient-identity": false,
  "produces-documents": false,
  "exchanges-with-professionals": false,
  "exposes-api": true,
  "references-professionals": false,
  prescribes: false,
  "handles-imaging": false,
};

export async function answerQualifiers(user: AppUser, evaluationId: string, values = INTEROP_QUALIFIERS): Promise<void> {
  for (const [id, value] of Object.entries(values)) await answer(user, evaluationId, id, qualifier(value));
}

/** Answers whatever validation still waits for (qualifiers: first option or "no"; requirements: done). */
export async function completeEvaluation(user: AppUser, evaluationId: string): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const view = await getEvaluation(getDb(), user, evaluationId);
    const missing = missingItems(view.questionnaire, view.answers);
    if (missing.length === 0) return;
    const index = itemIndex(view.questionnaire);
    for (const m of missing) {
      const item = index.get(m.itemId)!.item;
      if (item.kind === "requirement") await answer(user, evaluationId, m.itemId, level("3"));
      else
        await answer(
          user,
          evaluationId,
          m.itemId,
          qualifier(item.type === "boolean" ? false : item.type === "single" ? item.options[0].value : [item.options[0].value]),
        );
    }
  }
  throw new Error("evaluation still incomplete");
}
