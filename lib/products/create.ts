import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { productBases, products } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { grantCreatorDraft } from "@/lib/team/creator-grant";
import { assertCapability, assertProductAccess, loadRights } from "@/lib/rights/rights";
import { actorOf, productIdOrNotFound } from "./access";
import { checkBases } from "./links";
import { normalizeIdentity, type ProductFields, type ProductInput } from "./schema";

/** The unique index (company, name, version, OS, device; any case) reported on the name. */
export function identityTaken(error: unknown): never {
  if (isUniqueViolation(error, "products_identity_unique"))
    throw new ActionError("errors.formInvalid", { name: ["products.errors.identityTaken"] });
  throw error;
}

type Origin = { derivedFromId: string; mode: "duplicate" | "duplicate_as_option" } | null;

async function insertProduct(tx: Executor, user: AppUser, input: ProductInput, origin: Origin, meta: RequestMeta): Promise<{ id: string }> {
  const rights = await loadRights(tx, user);
  assertCapability(rights, "create_products");
  const baseIds = await checkBases(tx, rights, input.kind, input.baseIds);
  const fields: ProductFields = normalizeIdentity(input);
  const [created] = await tx
    .insert(products)
    .values({
      companyId: rights.companyId,
      kind: input.kind,
      name: fields.name,
      version: fields.version,
      edition: fields.edition,
      os: fields.os,
      device: fields.device,
      commercialName: fields.commercialName,
      inCatalogue: fields.inCatalogue,
      description: fields.description,
      derivedFromId: origin?.derivedFromId ?? null,
      createdById: user.id,
    })
    .returning({ id: products.id })
    .catch(identityTaken);
  if (baseIds.length) await tx.insert(productBases).values(baseIds.map((baseId) => ({ optionId: created.id, baseId })));
  // A contributor keeps access to what they create (a "draft" grant, audited by lib/team).
  await grantCreatorDraft(tx, user, created.id, meta);
  await recordAudit(tx, {
    actor: actorOf(user),
    action: origin ? `product.${origin.mode === "duplicate" ? "duplicated" : "duplicated_as_option"}` : "product.created",
    entityType: "product",
    entityId: created.id,
    companyId: rights.companyId,
    data: {
      kind: input.kind,
      name: fields.name,
      version: fields.version,
      os: fields.os,
      device: fields.device,
      baseIds,
      derivedFromId: origin?.derivedFromId ?? null,
      creatorGranted: !rights.isResponsable,
    },
    meta,
  });
  return created;
}

/** Creates a base or option product. Needs the "create products" right. */
export async function createProduct(user: AppUser, input: ProductInput, meta: RequestMeta = {}): Promise<{ id: string }> {
  return getDb().transaction((tx) => insertProduct(tx, user, input, null, meta));
}

/** A copy of a product the user may see (a new version or edition), recording its origin. */
export async function duplicateProduct(
  user: AppUser,
  sourceId: string,
  input: ProductInput,
  meta: RequestMeta = {},
): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    await assertProductAccess(tx, user, productIdOrNotFound(sourceId), "read");
    return insertProduct(tx, user, input, { derivedFromId: sourceId, mode: "duplicate" }, meta);
  });
}

/**
 * Duplicate-and-convert: an option product made from an active base product, which stays
 * unchanged. The form links it to that base by default; the user may change the links.
 */
export async function duplicateAsOption(
  user: AppUser,
  sourceId: string,
  input: ProductInput,
  meta: RequestMeta = {},
): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    await assertProductAccess(tx, user, productIdOrNotFound(sourceId), "read");
    const [source] = await tx.select({ kind: products.kind, status: products.status }).from(products).where(eq(products.id, sourceId));
    if (source.kind !== "base" || source.status !== "active") throw new ActionError("products.errors.convertNeedsActiveBase");
    return insertProduct(tx, user, { ...input, kind: "option" }, { derivedFromId: sourceId, mode: "duplicate_as_option" }, meta);
  });
}
