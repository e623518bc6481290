import type { Executor } from "@/db/client";
import { grants } from "@/db/schema";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { actorOf } from "./access";

/**
 * A contributor who creates a product may answer its questionnaires as drafts: call this in
 * the transaction that inserts the product, after checking "create_products". Validation
 * stays with the Responsable to grant. The Responsable needs no grant (they hold everything).
 */
export async function grantCreatorDraft(tx: Executor, creator: AppUser, productId: string, meta: RequestMeta = {}): Promise<void> {
  if (creator.companyRole !== "contributor" || !creator.companyId) return;
  const inserted = await tx
    .insert(grants)
    .values({ userId: creator.id, companyId: creator.companyId, kind: "product", productId, level: "draft", grantedById: creator.id })
    .onConflictDoNothing()
    .returning({ id: grants.id });
  if (inserted.length === 0) return;
  await recordAudit(tx, {
    actor: actorOf(creator),
    action: "team.grant_set",
    entityType: "user",
    entityId: creator.id,
    companyId: creator.companyId,
    data: { username: creator.username, kind: "product", productId, from: null, to: "draft", reason: "product_creator" },
    meta,
  });
}
