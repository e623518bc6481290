import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import {
  supportCorrectEmail,
  supportDisable,
  supportEnable,
  supportResendActivation,
  supportResendEmail,
  supportUnlock,
} from "@/lib/support/actions";
import { getCompanyFile } from "@/lib/support/company";
import { listContactMessages } from "@/lib/support/messages";
import { getPersonFile } from "@/lib/support/person";
import { searchDirectory } from "@/lib/support/search";
import { reserveAttempt } from "@/lib/auth/throttle";
import { disableStaff, enableStaff, inviteStaff, listStaff } from "@/lib/staff/manage";
import type { MatrixCase, Role } from "./world";

const SUPPORT: Role[] = ["support"];
const ADMIN: Role[] = ["admin"];
const reason = "Raison de test";
let seq = 0;

/** The agency's side: support console reads and actions, staff administration. */
export const agencyCases: MatrixCase[] = [
  { area: "support", name: "search companies and people (/support)", allowed: SUPPORT, run: (a) => searchDirectory(a, "sante") },
  {
    area: "support",
    name: "read company A's file (/support/companies/[id])",
    allowed: SUPPORT,
    run: (a, w) => getCompanyFile(a, w.companyId),
  },
  {
    area: "support",
    name: "read a person's file (/support/people/[id])",
    allowed: SUPPORT,
    run: (a, w) => getPersonFile(a, w.members.spare),
  },
  { area: "support", name: "read the contact messages (/support/messages)", allowed: SUPPORT, run: (a) => listContactMessages(a) },
  {
    area: "support",
    name: "unlock a locked username",
    allowed: SUPPORT,
    run: async (a, w) => {
      for (let i = 0; i < 5; i++) await reserveAttempt(getDb(), "matrix.spare");
      return supportUnlock(a, { personId: w.members.spare, reason });
    },
  },
  {
    area: "support",
    name: "resend an activation link",
    allowed: SUPPORT,
    run: (a, w) => supportResendActivation(a, { personId: w.members.invited, reason }),
  },
  {
    area: "support",
    name: "disable an account",
    allowed: SUPPORT,
    run: (a, w) => supportDisable(a, { personId: w.members.spare, reason }),
  },
  {
    area: "support",
    name: "re-enable an account",
    allowed: SUPPORT,
    run: (a, w) => supportEnable(a, { personId: w.members.disabled, reason }),
  },
  {
    area: "support",
    name: "correct an email address",
    allowed: SUPPORT,
    run: (a, w) => supportCorrectEmail(a, { personId: w.members.spare, newEmail: `fixed${++seq}@matrix.example`, reason }),
  },
  {
    area: "support",
    name: "resend a failed email",
    allowed: SUPPORT,
    run: async (a) => {
      const [mail] = await getDb()
        .insert(emailOutbox)
        .values({ toAddress: "x@matrix.example", locale: "fr", template: "account.activation", payload: {}, status: "failed" })
        .returning();
      return supportResendEmail(a, { emailId: mail.id, reason });
    },
  },
  { area: "staff", name: "list agency accounts (/admin)", allowed: ADMIN, run: (a) => listStaff(a) },
  {
    area: "staff",
    name: "invite an agency account",
    allowed: ADMIN,
    run: (a) =>
      inviteStaff(a, { email: `staff${++seq}@agence.example`, firstName: "Staff", lastName: `Matrix${seq}`, agencyRole: "support" }),
  },
  {
    area: "staff",
    name: "disable an agency account",
    allowed: ADMIN,
    run: (a, w) => disableStaff(a, { userId: w.actors.operator.id, reason }),
  },
  {
    area: "staff",
    name: "re-enable an agency account",
    allowed: ADMIN,
    run: async (a, w) => {
      await disableStaff(w.actors.admin, { userId: w.actors.operator.id, reason });
      return enableStaff(a, { userId: w.actors.operator.id, reason });
    },
  },
];
