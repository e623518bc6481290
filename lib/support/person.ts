import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, users } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { isUuid } from "@/lib/team/schema";
import { assertSupport } from "./access";
import { auditOfUser, emailsTo, memberStates } from "./records";

/** One account as support sees it: its state, company, emails and recent events. */
export async function getPersonFile(user: AppUser | null, personId: string) {
  assertSupport(user);
  if (!isUuid(personId)) throw new NotFoundError("user");
  const db = getDb();
  const [person] = await memberStates(db, eq(users.id, personId));
  if (!person) throw new NotFoundError("user");
  const [row] = await db
    .select({
      phone: users.phone,
      jobTitle: users.jobTitle,
      locale: users.locale,
      companyId: users.companyId,
      companyName: companies.legalName,
      companySiren: companies.siren,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(users.id, personId));
  const [emails, audit] = await Promise.all([emailsTo(db, [person.email]), auditOfUser(db, personId)]);
  return { person: { ...person, ...row }, emails, audit };
}

export type PersonFile = Awaited<ReturnType<typeof getPersonFile>>;
