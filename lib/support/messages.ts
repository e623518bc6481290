import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, contactMessages, users } from "@/db/schema";
import { ActionError, NotFoundError } from "@/lib/actions/errors";
import { recordAudit, type RequestMeta } from "@/lib/audit/record";
import type { AppUser } from "@/lib/auth/types";
import { agentActor, agentName, assertSupport } from "./access";

export const MESSAGES_PAGE = 50;

export type ContactMessageView = {
  id: string;
  reference: string;
  name: string;
  email: string;
  topic: string;
  message: string;
  createdAt: Date;
  handledAt: Date | null;
  handledBy: string | null;
  /** The account and company using this address, when one does. */
  personId: string | null;
  personName: string | null;
  companyId: string | null;
  companyName: string | null;
};

/** The contact form's messages, open ones first, each matched to an account by its email. */
export async function listContactMessages(
  user: AppUser | null,
  filter: "open" | "handled" | "all" = "open",
): Promise<ContactMessageView[]> {
  assertSupport(user);
  const handler = sql<string | null>`(select h.first_name || ' ' || h.last_name from users h where h.id = ${contactMessages.handledById})`;
  const where =
    filter === "open" ? isNull(contactMessages.handledAt) : filter === "handled" ? isNotNull(contactMessages.handledAt) : undefined;
  return getDb()
    .select({
      id: contactMessages.id,
      reference: contactMessages.reference,
      name: contactMessages.name,
      email: contactMessages.email,
      topic: contactMessages.topic,
      message: contactMessages.message,
      createdAt: contactMessages.createdAt,
      handledAt: contactMessages.handledAt,
      handledBy: handler,
      personId: users.id,
      personName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      companyId: companies.id,
      companyName: companies.legalName,
    })
    .from(contactMessages)
    .leftJoin(users, sql`lower(${users.email}) = lower(${contactMessages.email})`)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(where)
    .orderBy(desc(contactMessages.createdAt))
    .limit(MESSAGES_PAGE);
}

/** Marks a message handled by the acting agent (once: a second agent is told it is done). */
export async function markMessageHandled(user: AppUser | null, messageId: string, meta: RequestMeta = {}): Promise<void> {
  const agent = assertSupport(user);
  await getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(contactMessages).where(eq(contactMessages.id, messageId)).for("update");
    if (!row) throw new NotFoundError("contact message");
    const [done] = await tx
      .update(contactMessages)
      .set({ handledAt: new Date(), handledById: agent.id })
      .where(and(eq(contactMessages.id, messageId), isNull(contactMessages.handledAt)))
      .returning({ id: contactMessages.id });
    if (!done) throw new ActionError("supportDesk.errors.alreadyHandled");
    await recordAudit(tx, {
      actor: agentActor(agent),
      action: "support.message_handled",
      entityType: "contact_message",
      entityId: row.reference,
      companyId: null,
      data: { agent: agentName(agent) },
      meta,
    });
  });
}
