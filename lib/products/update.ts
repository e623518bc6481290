import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { productBases, products } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { assertProductAccess, type Rights } from "@/lib/rights/rights";
import { actorOf, canSee, productIdOrNotFound } from "./access";
import { identityTaken } from "./create";
import { checkBases } from "./links";
import { normalizeIdentity, type ProductFields } from "./schema";

type ProductRecord = typeof products.$inferSelect;

/** Loads a product the user may change (Responsable, or a contributor with a grant), locked. */
export async function loadForChange(tx: Executor, user: AppUser, id: string): Promise<{ rights: Rights; product: ProductRecord }> {
  const rights = await assertProductAccess(tx, user, productIdOrNotFound(id), "draft");
  const [product] = await tx.select().from(products).where(eq(products.id, id)).for("update");
  return { rights, product };
}

// An archived product is history: it is restored before it changes again.
function assertActive(product: ProductRecord): void {
  if (product.status !== "active") throw new ActionError("products.errors.archivedReadOnly");
}

/** Edits the descriptive fields; the kind never changes (duplicate-and-convert exists for that). */
export async function updateProduct(user: AppUser, id: string, raw: ProductFields, meta: RequestMeta = {}): Promise<void> {
  const fields = normalizeIdentity(raw);
  await getDb().transaction(async (tx) => {
    const { rights, product } = await loadForChange(tx, user, id);
    assertActive(product);
    const changed = (Object.keys(fields) as (keyof ProductFields)[]).filter((k) => fields[k] !== product[k]);
    if (changed.length === 0) return;
    await tx
      .update(products)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(products.id, id))
      .catch(identityTaken);
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "product.updated",
      entityType: "product",
      entityId: id,
      companyId: rights.companyId,
      data: { changed: Object.fromEntries(changed.map((k) => [k, { from: product[k], to: fields[k] }])) },
      meta,
    });
  });
}

/**
 * Sets the bases of an option. Links to bases the user cannot see are not theirs to change:
 * they are kept as they are, and count towards the "at least one base" rule.
 */
export async function setOptionBases(user: AppUser, optionId: string, baseIds: string[], meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { rights, product } = await loadForChange(tx, user, optionId);
    assertActive(product);
    if (product.kind !== "option") throw new ActionError("products.errors.basesOnlyForOptions");
    const current = (await tx.select({ baseId: productBases.baseId }).from(productBases).where(eq(productBases.optionId, optionId))).map(
      (r) => r.baseId,
    );
    const hidden = current.filter((id) => !canSee(rights, id));
    const wanted = hidden.length && baseIds.length === 0 ? [] : await checkBases(tx, rights, "option", baseIds, current);
    const removed = current.filter((id) => !hidden.includes(id) && !wanted.includes(id));
    const added = wanted.filter((id) => !current.includes(id));
    if (removed.length === 0 && added.length === 0) return;
    if (removed.length)
      await tx.delete(productBases).where(and(eq(productBases.optionId, optionId), inArray(productBases.baseId, removed)));
    if (added.length) await tx.insert(productBases).values(added.map((baseId) => ({ optionId, baseId })));
    await tx.update(products).set({ updatedAt: new Date() }).where(eq(products.id, optionId));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "product.bases_changed",
      entityType: "product",
      entityId: optionId,
      companyId: rights.companyId,
      data: { added, removed },
      meta,
    });
  });
}
