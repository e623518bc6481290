import { desc, eq, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { isProductionApp } from "@/lib/env";
import { deliverDueEmails } from "./sender";
import { isUuid } from "@/lib/validation/uuid";

// The local mailbox is a development and test tool: in production it does not exist.
function assertAvailable(): void {
  if (isProductionApp()) notFound();
}

export async function listMailbox(to?: string) {
  assertAvailable();
  await deliverDueEmails();
  const db = getDb();
  const query = db
    .select({
      id: mailboxMessages.id,
      to: mailboxMessages.toAddress,
      subject: mailboxMessages.subject,
      createdAt: mailboxMessages.createdAt,
    })
    .from(mailboxMessages);
  const filtered = to ? query.where(sql`lower(${mailboxMessages.toAddress}) = ${to.trim().toLowerCase()}`) : query;
  return filtered.orderBy(desc(mailboxMessages.createdAt)).limit(200);
}

export async function getMailboxMessage(id: string) {
  assertAvailable();
  if (!isUuid(id)) notFound();
  const [row] = await getDb().select().from(mailboxMessages).where(eq(mailboxMessages.id, id));
  if (!row) notFound();
  return row;
}

/** The links of an email, so that a person or a test can follow them from the page. */
export function linksOf(html: string): string[] {
  return [...new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&")))];
}
