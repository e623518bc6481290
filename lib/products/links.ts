import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { products } from "@/db/schema";
import { ActionError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { Rights } from "@/lib/rights/rights";
import { canSee } from "./access";
import type { ProductKind } from "./choices";

const formError = (key: string) => new ActionError("errors.formInvalid", { baseIds: [key] });

/**
 * The bases an option may be linked to: base products of the same company that the user may
 * see, active ones (or, in `alreadyLinked`, links kept from before). A base links to nothing;
 * an option needs at least one base. As everywhere, another company's product is not found
 * and an unseen one of the company is forbidden. The rows are locked so that a concurrent
 * archive of a chosen base waits for this change.
 */
export async function checkBases(
  tx: Executor,
  rights: Rights,
  kind: ProductKind,
  baseIds: string[],
  alreadyLinked: string[] = [],
): Promise<string[]> {
  const ids = [...new Set(baseIds)];
  if (kind === "base") {
    if (ids.length) throw formError("products.errors.baseMustNotLink");
    return [];
  }
  if (ids.length === 0) throw formError("products.errors.baseRequired");
  const rows = await tx
    .select({ id: products.id, kind: products.kind, status: products.status })
    .from(products)
    .where(and(inArray(products.id, ids), eq(products.companyId, rights.companyId)))
    .for("share");
  if (rows.length !== ids.length) throw new NotFoundError("product");
  if (!rows.every((r) => canSee(rights, r.id))) throw new ForbiddenError();
  if (!rows.every((r) => r.kind === "base" && (r.status === "active" || alreadyLinked.includes(r.id))))
    throw formError("products.errors.baseInvalid");
  return ids;
}
