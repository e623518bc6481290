import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { companies, grants, plans, products, users } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import {
  assertProductAccess,
  assertStrategyAccess,
  loadRights,
  meets,
  productLevel,
  strategyLevel,
  type Level,
  type Rights,
} from "@/lib/rights/rights";
import type { PlanSubject } from "./starts";

/** "strategy" or a product id from a URL or a form. */
export type SubjectRef = { productId: string | null };

export type SubjectAccess = { subject: PlanSubject; rights: Rights; level: Level };

/**
 * The user's level on a plan's subject, refusing below `needed`: editing a plan is what the
 * answer (draft) right allows, validating needs the validate right (the Responsable holds
 * both). Another company's product is "not found"; a product without a grant is "forbidden".
 */
export async function assertPlanAccess(db: Executor, user: AppUser, ref: SubjectRef, needed: Level | "read"): Promise<SubjectAccess> {
  if (ref.productId !== null) {
    if (!z.uuid().safeParse(ref.productId).success) throw new NotFoundError("product");
    const rights = await assertProductAccess(db, user, ref.productId, needed);
    return { subject: { companyId: rights.companyId, productId: ref.productId }, rights, level: productLevel(rights, ref.productId)! };
  }
  const rights = await loadRights(db, user);
  assertStrategyAccess(rights, needed);
  return { subject: { companyId: rights.companyId, productId: null }, rights, level: strategyLevel(rights)! };
}

export const levelMeets = meets;

export type Owner = { id: string; name: string; email: string };

/**
 * Who may own a commitment: an active member who may answer for the subject (any grant on
 * the product, or the strategy grant), or the Responsable.
 */
export async function ownerCandidates(db: Executor, subject: PlanSubject): Promise<Owner[]> {
  const grantKind = subject.productId ? sql`g.kind = 'product' and g.product_id = ${subject.productId}::uuid` : sql`g.kind = 'strategy'`;
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.companyId, subject.companyId),
        eq(users.status, "active"),
        sql`(${users.companyRole} = 'responsable' or exists (select 1 from ${grants} g where g.user_id = ${users.id} and g.company_id = ${subject.companyId} and ${grantKind} and g.level is not null))`,
      ),
    )
    .orderBy(users.lastName, users.firstName);
  return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`.trim(), email: r.email }));
}

/** The plan row of a subject, created on first change; locked for the caller's transaction. */
export async function lockPlan(tx: Executor, subject: PlanSubject): Promise<{ id: string; revision: number }> {
  await tx.insert(plans).values({ companyId: subject.companyId, productId: subject.productId }).onConflictDoNothing();
  const [row] = await tx
    .select({ id: plans.id, revision: plans.revision })
    .from(plans)
    .where(and(eq(plans.companyId, subject.companyId), sql`${plans.productId} is not distinct from ${subject.productId}::uuid`))
    .for("update");
  return row;
}

export async function findPlan(db: Executor, subject: PlanSubject): Promise<{ id: string; revision: number } | null> {
  const [row] = await db
    .select({ id: plans.id, revision: plans.revision })
    .from(plans)
    .where(and(eq(plans.companyId, subject.companyId), sql`${plans.productId} is not distinct from ${subject.productId}::uuid`));
  return row ?? null;
}

export async function subjectNames(
  db: Executor,
  subject: PlanSubject,
): Promise<{ companyName: string; product: { name: string; version: string; os: string; device: string } | null }> {
  const [company] = await db.select({ name: companies.legalName }).from(companies).where(eq(companies.id, subject.companyId));
  const [product] = subject.productId
    ? await db
        .select({ name: products.name, version: products.version, os: products.os, device: products.device })
        .from(products)
        .where(eq(products.id, subject.productId))
    : [];
  // A session outliving its company (or product) reads as "not found", never as a crash.
  if (!company || (subject.productId && !product)) throw new NotFoundError("plan");
  return { companyName: company.name, product: product ?? null };
}
