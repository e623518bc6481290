import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { productBases, products } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { actorOf } from "./access";
import { loadForChange } from "./update";

/**
 * Archives a product: it stays in the lists and history but takes no new evaluation. A base
 * product that still has active options stays active until they are relinked or archived.
 */
export async function archiveProduct(user: AppUser, id: string, meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { rights, product } = await loadForChange(tx, user, id);
    if (product.status === "archived") throw new ActionError("products.errors.alreadyArchived");
    if (product.kind === "base") {
      const [{ options }] = await tx
        .select({ options: count() })
        .from(productBases)
        .innerJoin(products, eq(products.id, productBases.optionId))
        .where(and(eq(productBases.baseId, id), eq(products.status, "active")));
      if (options > 0) throw new ActionError("products.errors.hasActiveOptions", {}, { count: options });
    }
    await tx.update(products).set({ status: "archived", updatedAt: new Date() }).where(eq(products.id, id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "product.archived",
      entityType: "product",
      entityId: id,
      companyId: rights.companyId,
      meta,
    });
  });
}

/** Restores an archived product; an option needs one of its bases to be active again first. */
export async function restoreProduct(user: AppUser, id: string, meta: RequestMeta = {}): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { rights, product } = await loadForChange(tx, user, id);
    if (product.status === "active") throw new ActionError("products.errors.alreadyActive");
    if (product.kind === "option") {
      const [{ bases }] = await tx
        .select({ bases: count() })
        .from(productBases)
        .innerJoin(products, eq(products.id, productBases.baseId))
        .where(and(eq(productBases.optionId, id), eq(products.status, "active")));
      if (bases === 0) throw new ActionError("products.errors.restoreNeedsActiveBase");
    }
    await tx.update(products).set({ status: "active", updatedAt: new Date() }).where(eq(products.id, id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "product.restored",
      entityType: "product",
      entityId: id,
      companyId: rights.companyId,
      meta,
    });
  });
}
