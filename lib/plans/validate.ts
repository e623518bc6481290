import { and, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { planSnapshots, products, users } from "@/db/schema";
import { ActionError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { actorOf } from "@/lib/evaluations/access";
import { parseLocale } from "@/lib/i18n/locales";
import { productLabelIn } from "@/lib/products/label-in";
import { assertPlanAccess, findPlan, lockPlan } from "./access";
import { buildPlanView, type PlanView } from "./load";
import type { ValidatePlanInput } from "./schema";
import type { PlanSubject } from "./starts";
import { todayInParis } from "./today";

/** What a validated plan freezes: the plan as its validator saw it. */
export type PlanSnapshotContent = Pick<PlanView, "companyName" | "product" | "today" | "themes" | "missing" | "warnings"> & {
  compliantFrom: string | null;
  owners: Record<string, string>;
};

/**
 * Validates a plan: needs the validate right (or the Responsable) and the revision the user
 * reviewed. Freezes an immutable snapshot signed by name and emails the Responsable, in one
 * transaction.
 */
export async function validatePlan(
  user: AppUser,
  input: ValidatePlanInput,
  meta: RequestMeta = {},
  today = todayInParis(),
): Promise<{ snapshotId: string }> {
  return getDb().transaction(async (tx) => {
    const { subject } = await assertPlanAccess(tx, user, { productId: input.subject }, "validate");
    const known = await findPlan(tx, subject);
    const plan = await lockPlan(tx, subject);
    if ((known ? plan.revision : 0) !== input.revision) throw new ActionError("plans.errors.staleValidation");
    if (subject.productId) {
      const [product] = await tx.select({ status: products.status }).from(products).where(eq(products.id, subject.productId));
      if (product.status === "archived") throw new ActionError("plans.errors.archived");
    }
    const view = await buildPlanView(tx, subject, { edit: true, validate: true }, today);
    if (view.themes.length === 0) throw new ActionError("plans.errors.nothingToValidate");

    const name = `${user.firstName} ${user.lastName}`.trim();
    const content = snapshotContent(view, today);
    const now = new Date();
    const [snapshot] = await tx
      .insert(planSnapshots)
      .values({
        planId: plan.id,
        companyId: subject.companyId,
        productId: subject.productId,
        planRevision: plan.revision,
        content: content as unknown as Record<string, unknown>,
        compliantFrom: storedCompliance(view.compliantFrom),
        validatedById: user.id,
        validatedByName: name,
        validatedAt: now,
      })
      .returning({ id: planSnapshots.id });

    await notifyResponsable(tx, subject, view, { name, at: now });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "plan.validated",
      entityType: "plan",
      entityId: plan.id,
      companyId: subject.companyId,
      data: { snapshotId: snapshot.id, revision: plan.revision, compliantFrom: storedCompliance(view.compliantFrom) },
      meta,
    });
    return { snapshotId: snapshot.id };
  });
}

/** What a validation freezes of the plan view (also used by the demo activity seed). */
export function snapshotContent(view: PlanView, today: string): PlanSnapshotContent {
  return {
    companyName: view.companyName,
    product: view.product,
    today,
    themes: view.themes,
    missing: view.missing,
    warnings: view.warnings,
    compliantFrom: storedCompliance(view.compliantFrom),
    owners: Object.fromEntries(view.owners.map((o) => [o.id, o.name])),
  };
}

/** A quarter, "now", null (never as planned) or "unknown" (a theme is not evaluated yet). */
export function storedCompliance(value: string | null | undefined): string | null {
  return value === undefined ? "unknown" : value;
}

export function planPath(subject: Pick<PlanSubject, "productId">): string {
  return subject.productId ? `/products/${subject.productId}/plan` : "/strategy/plan";
}

async function notifyResponsable(tx: Executor, subject: PlanSubject, view: PlanView, by: { name: string; at: Date }): Promise<void> {
  const [responsable] = await tx
    .select({ email: users.email, firstName: users.firstName, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, subject.companyId), eq(users.companyRole, "responsable"), eq(users.status, "active")));
  if (!responsable) return;
  const locale = parseLocale(responsable.locale);
  await enqueueEmail(tx, {
    to: responsable.email,
    locale,
    template: "plans.validated",
    payload: {
      firstName: responsable.firstName,
      companyName: view.companyName,
      productLabel: view.product ? productLabelIn(locale, view.product) : null,
      compliantFrom: storedCompliance(view.compliantFrom),
      validatorName: by.name,
      validatedAt: by.at.toISOString(),
      url: `${env().APP_URL}${planPath(subject)}`,
    },
  });
}
