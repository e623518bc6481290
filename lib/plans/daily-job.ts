import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Db, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { enqueueEmailOnce } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { dayToDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { requirementsOf, type Theme } from "@/lib/questionnaires/schema";
import { findPlan } from "./access";
import { buildPlanView, type PlanView } from "./load";
import type { PlanLine } from "./model";
import type { PlanSubject } from "./starts";
import { planPath } from "./validate";

/** How far ahead the Responsable's digest looks for Doctrine deadlines. */
export const DIGEST_HORIZON_DAYS = 90;

// Any fixed number: every instance takes the same transaction-level advisory lock, so one
// run does the work while the others wait, then find every email already queued.
const DAILY_JOB_LOCK = 720_260_001;

export type QueuedEmail = { template: "plans.commitmentLate" | "plans.deadlineDigest"; to: string; key: string };

type Recipient = { id: string; email: string; firstName: string; lastName: string; locale: string; companyId: string | null };

/**
 * The plans' daily reminders, for `today` (YYYY-MM-DD, Paris): each late commitment's owner
 * and the Responsable hear once about it (per planned quarter: re-planned and late again,
 * they hear again), and each Responsable gets at most one digest a day of the Doctrine
 * deadlines of the next 90 days. Safe to run as often as one likes: the outbox's
 * idempotency keys decide what was already sent. Returns what this run queued.
 */
export async function runDailyJob(db: Db, today: string): Promise<QueuedEmail[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DAILY_JOB_LOCK})`);
    const queued: QueuedEmail[] = [];
    const horizon = addDays(today, DIGEST_HORIZON_DAYS);
    const byCompany = new Map<string, PlanSubject[]>();
    for (const subject of await activeSubjects(tx)) {
      byCompany.set(subject.companyId, [...(byCompany.get(subject.companyId) ?? []), subject]);
    }
    for (const [companyId, subjects] of byCompany) {
      const responsable = await responsableOf(tx, companyId);
      const digest: DigestItem[] = [];
      for (const subject of subjects) {
        const view = await buildPlanView(tx, subject, { edit: false, validate: false }, today);
        if (view.themes.length === 0) continue;
        const lines = view.themes.flatMap((t) => t.lines.map((line) => ({ line, version: t.version })));
        const late = lines.filter(({ line }) => line.state === "late");
        if (late.length > 0) queued.push(...(await remindLate(tx, subject, view, late, responsable)));
        for (const { line, version } of lines) {
          if (line.state !== "done" && line.deadline >= today && line.deadline <= horizon) digest.push({ subject, view, line, version });
        }
      }
      if (responsable && digest.length > 0 && (await sendDigest(tx, companyId, today, responsable, digest))) {
        queued.push({ template: "plans.deadlineDigest", to: responsable.email, key: digestKey(companyId, today) });
      }
    }
    return queued;
  });
}

/** Products in use and each company's strategy plan; disabled companies and archived products rest. */
async function activeSubjects(db: Executor): Promise<PlanSubject[]> {
  const rows = await queryRows<{ company_id: string; product_id: string | null }>(
    db,
    sql`select p.company_id, p.id as product_id from products p join companies c on c.id = p.company_id
          where p.status = 'active' and c.status = 'active'
        union all
        select c.id as company_id, null as product_id from companies c where c.status = 'active'
        order by company_id, product_id nulls last`,
  );
  return rows.map((r) => ({ companyId: r.company_id, productId: r.product_id }));
}

async function responsableOf(db: Executor, companyId: string): Promise<Recipient | null> {
  const [row] = await db
    .select(recipientColumns)
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.companyRole, "responsable"), eq(users.status, "active")));
  return row ?? null;
}

const recipientColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  locale: users.locale,
  companyId: users.companyId,
};

async function remindLate(
  db: Executor,
  subject: PlanSubject,
  view: PlanView,
  late: { line: PlanLine; version: string }[],
  responsable: Recipient | null,
): Promise<QueuedEmail[]> {
  // Late lines are stored lines (a default quarter is never past), so the plan row exists.
  const plan = await findPlan(db, subject);
  if (!plan) return [];
  const ownerIds = [...new Set(late.map(({ line }) => line.ownerId).filter((id): id is string => id !== null))];
  const owners = ownerIds.length
    ? await db
        .select(recipientColumns)
        .from(users)
        .where(and(inArray(users.id, ownerIds), eq(users.companyId, subject.companyId), eq(users.status, "active")))
    : [];
  const queued: QueuedEmail[] = [];
  for (const { line, version } of late) {
    const owner = owners.find((o) => o.id === line.ownerId) ?? null;
    const recipients: { user: Recipient; as: "owner" | "responsable" }[] = [];
    if (owner) recipients.push({ user: owner, as: "owner" });
    // A Responsable who owns the commitment gets the owner's email, not a second one.
    if (responsable && responsable.id !== owner?.id) recipients.push({ user: responsable, as: "responsable" });
    for (const { user, as } of recipients) {
      const key = `plan-late:${plan.id}:${line.requirementId}:${line.plannedQuarter}:${user.id}`;
      const sent = await enqueueEmailOnce(db, {
        to: user.email,
        locale: parseLocale(user.locale),
        template: "plans.commitmentLate",
        idempotencyKey: key,
        payload: {
          firstName: user.firstName,
          recipient: as,
          ownerName: owner ? `${owner.firstName} ${owner.lastName}`.trim() : null,
          companyName: view.companyName,
          product: view.product,
          requirementId: line.requirementId,
          requirementTitle: requirementTitle(line.theme, version, line.requirementId),
          plannedLevel: line.plannedLevel,
          plannedQuarter: line.plannedQuarter,
          url: `${env().APP_URL}${planPath(subject)}`,
        },
      });
      if (sent) queued.push({ template: "plans.commitmentLate", to: user.email, key });
    }
  }
  return queued;
}

type DigestItem = { subject: PlanSubject; view: PlanView; line: PlanLine; version: string };

const digestKey = (companyId: string, today: string) => `plan-digest:${companyId}:${today}`;

/** Whether this call queued the day's digest (false: an earlier run did). */
async function sendDigest(db: Executor, companyId: string, today: string, responsable: Recipient, items: DigestItem[]): Promise<boolean> {
  const key = digestKey(companyId, today);
  const sorted = [...items].sort((a, b) => cmp(a.line.deadline, b.line.deadline) || cmp(a.line.requirementId, b.line.requirementId));
  return enqueueEmailOnce(db, {
    to: responsable.email,
    locale: parseLocale(responsable.locale),
    template: "plans.deadlineDigest",
    idempotencyKey: key,
    payload: {
      firstName: responsable.firstName,
      companyName: sorted[0].view.companyName,
      horizonDays: DIGEST_HORIZON_DAYS,
      items: sorted.map(({ subject, view, line, version }) => ({
        product: view.product,
        requirementId: line.requirementId,
        requirementTitle: requirementTitle(line.theme, version, line.requirementId),
        deadline: line.deadline,
        plannedQuarter: line.plannedQuarter,
        state: line.state,
        url: `${env().APP_URL}${planPath(subject)}`,
      })),
    },
  });
}

function requirementTitle(theme: Theme, version: string, requirementId: string): { fr: string; en: string } {
  const requirement = requirementsOf(loadQuestionnaire(theme, version)).find((r) => r.id === requirementId);
  return requirement?.title ?? { fr: requirementId, en: requirementId };
}

function addDays(day: string, days: number): string {
  return new Date(dayToDate(day).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
