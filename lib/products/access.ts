import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { grants, products } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { meets, productLevel, type Rights } from "@/lib/rights/rights";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The products a user may see, as a SQL condition on `products`: the Responsable sees all the
 * company's products, a contributor only those they hold a grant on.
 */
export function visibleProducts(db: Executor, rights: Rights): SQL {
  const own = eq(products.companyId, rights.companyId);
  if (rights.isResponsable) return own;
  const granted = db
    .select({ one: sql`1` })
    .from(grants)
    .where(
      and(
        eq(grants.productId, products.id),
        eq(grants.userId, rights.userId),
        eq(grants.companyId, rights.companyId),
        eq(grants.kind, "product"),
      ),
    );
  return and(own, exists(granted))!;
}

export function canSee(rights: Rights, productId: string): boolean {
  return productLevel(rights, productId) !== null;
}

/** Editing, linking, archiving and restoring: the Responsable, or a contributor with a grant. */
export function canManage(rights: Rights, productId: string): boolean {
  return meets(productLevel(rights, productId), "draft");
}

/** Ids come from URLs: anything that is not a UUID is simply a product that does not exist. */
export function productIdOrNotFound(id: string): string {
  if (!isUuid(id)) throw new NotFoundError("product");
  return id;
}

export function actorOf(user: AppUser): Actor {
  return { kind: "user", id: user.id, username: user.username, companyId: user.companyId };
}
