import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accountRequests, companies, evaluations, evaluationSnapshots, products, users } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { isUuid } from "@/lib/team/schema";
import { assertSupport } from "./access";
import { planStates } from "./plan-states";
import { auditOfCompany, emailsTo, memberStates } from "./records";

export type EvaluationState = {
  productId: string | null;
  theme: string;
  questionnaireVersion: string;
  status: "draft" | "validated";
  updatedAt: Date;
  validatedAt: Date | null;
  /** Of the latest validated snapshot: figures only, never the answers. */
  score: number | null;
  maturity: string | null;
  compliant: boolean | null;
};

/** The evaluation states of a company's subjects (its products and its strategy), no answers. */
export async function evaluationStates(companyId: string, productId?: string): Promise<EvaluationState[]> {
  const latest = getDb()
    .selectDistinctOn([evaluationSnapshots.evaluationId], {
      evaluationId: evaluationSnapshots.evaluationId,
      score: evaluationSnapshots.score,
      maturity: evaluationSnapshots.maturity,
      compliant: evaluationSnapshots.compliant,
    })
    .from(evaluationSnapshots)
    .where(eq(evaluationSnapshots.companyId, companyId))
    .orderBy(evaluationSnapshots.evaluationId, desc(evaluationSnapshots.validatedAt))
    .as("latest");
  return getDb()
    .select({
      productId: evaluations.productId,
      theme: evaluations.theme,
      questionnaireVersion: evaluations.questionnaireVersion,
      status: evaluations.status,
      updatedAt: evaluations.updatedAt,
      validatedAt: evaluations.validatedAt,
      score: latest.score,
      maturity: latest.maturity,
      compliant: latest.compliant,
    })
    .from(evaluations)
    .leftJoin(latest, eq(latest.evaluationId, evaluations.id))
    .where(
      productId ? and(eq(evaluations.companyId, companyId), eq(evaluations.productId, productId)) : eq(evaluations.companyId, companyId),
    )
    .orderBy(asc(evaluations.theme), desc(evaluations.updatedAt));
}

/** Everything support sees about a company: identity, requests, people, products, evaluation and plan states, emails, events. */
export async function getCompanyFile(user: AppUser | null, companyId: string) {
  assertSupport(user);
  if (!isUuid(companyId)) throw new NotFoundError("company");
  const db = getDb();
  const [company] = await db
    .select({
      id: companies.id,
      siren: companies.siren,
      legalName: companies.legalName,
      addressLine: companies.addressLine,
      postalCode: companies.postalCode,
      city: companies.city,
      status: companies.status,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new NotFoundError("company");
  const decider = sql<string | null>`(select u.first_name || ' ' || u.last_name from users u where u.id = ${accountRequests.decidedById})`;
  const [requests, members, productRows, states, plansOf, audit] = await Promise.all([
    db
      .select({
        id: accountRequests.id,
        reference: accountRequests.reference,
        status: accountRequests.status,
        createdAt: accountRequests.createdAt,
        decidedAt: accountRequests.decidedAt,
        decisionReason: accountRequests.decisionReason,
        decidedBy: decider,
      })
      .from(accountRequests)
      .where(sql`${accountRequests.companyId} = ${companyId} or ${accountRequests.siren} = ${company.siren}`)
      .orderBy(desc(accountRequests.createdAt)),
    memberStates(db, eq(users.companyId, companyId)),
    db
      .select({
        id: products.id,
        kind: products.kind,
        name: products.name,
        version: products.version,
        os: products.os,
        device: products.device,
        status: products.status,
        inCatalogue: products.inCatalogue,
      })
      .from(products)
      .where(eq(products.companyId, companyId))
      .orderBy(asc(products.name), asc(products.version)),
    evaluationStates(companyId),
    planStates(user, companyId),
    auditOfCompany(db, companyId),
  ]);
  const emails = await emailsTo(
    db,
    members.map((m) => m.email),
  );
  return { company, requests, members, products: productRows, evaluations: states, plans: plansOf, emails, audit };
}

export type CompanyFile = Awaited<ReturnType<typeof getCompanyFile>>;
