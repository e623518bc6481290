import { getDb } from "@/db/client";
import { NotFoundError } from "@/lib/actions/errors";
import { assertCanAddMembers } from "@/lib/team/access";
import { addContributor } from "@/lib/team/add-contributor";
import { readRightsMatrix, setGrant } from "@/lib/team/grants";
import { getMember, listMembers, parseMemberQuery } from "@/lib/team/members";
import { disableMember, enableMember, resendActivation } from "@/lib/team/member-status";
import { listTransferCandidates, transferResponsable } from "@/lib/team/transfer";
import type { MatrixCase, Role } from "./world";

const MEMBERS_OF_A: Role[] = ["contributorNone", "contributorDraft", "contributorValidate", "responsable"];
const RESPONSABLE: Role[] = ["responsable"];

/**
 * Reads that take no company (they serve the actor's own company) leak nothing if what
 * comes back is the actor's company: those cases look for company A's data in the result
 * and count its absence as "not found" for A.
 */
function mustContain(ids: string[], id: string): void {
  if (!ids.includes(id)) throw new NotFoundError("company A data");
}

let seq = 0;

export const teamCases: MatrixCase[] = [
  {
    area: "team",
    name: "list the members of company A (/team)",
    allowed: MEMBERS_OF_A,
    run: async (actor, w) => {
      const { rows } = await listMembers(getDb(), actor, parseMemberQuery({ size: "100" }));
      mustContain(
        rows.map((r) => r.id),
        w.members.spare,
      );
    },
  },
  {
    area: "team",
    name: "read a member of company A (/team/[id])",
    allowed: MEMBERS_OF_A,
    run: (actor, w) => getMember(getDb(), actor, w.members.spare),
  },
  {
    area: "team",
    name: "open the add-contributor form (/team/new)",
    // Another company's Responsable adds to their own company only (next case).
    allowed: ["responsable", "otherResponsable"],
    run: (actor) => assertCanAddMembers(getDb(), actor),
  },
  {
    area: "team",
    name: "add a contributor (to the actor's own company)",
    allowed: ["responsable", "otherResponsable"],
    run: async (actor) => {
      seq++;
      const created = await addContributor(getDb(), actor, {
        firstName: "Nouveau",
        lastName: `Membre${seq}`,
        email: `new${seq}@matrix.example`,
        jobTitle: null,
        locale: "fr",
      });
      const { member } = await getMember(getDb(), actor, created.id);
      if (member.rights.responsable || member.rights.draftProducts || member.rights.createUsers)
        throw new Error("a new contributor must start with no rights");
    },
  },
  {
    area: "team",
    name: "disable a contributor of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => disableMember(getDb(), actor, w.members.spare),
  },
  {
    area: "team",
    name: "re-enable a disabled contributor of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => enableMember(getDb(), actor, w.members.disabled),
  },
  {
    area: "team",
    name: "resend an activation link to an invited member of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => resendActivation(getDb(), actor, w.members.invited),
  },
  {
    area: "team",
    name: "list who may become Responsable of company A (/team/transfer)",
    allowed: RESPONSABLE,
    run: async (actor, w) =>
      mustContain(
        (await listTransferCandidates(getDb(), actor)).map((c) => c.id),
        w.members.spare,
      ),
  },
  {
    area: "team",
    name: "transfer the Responsable role of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => transferResponsable(getDb(), actor, w.members.spare),
  },
  {
    area: "team",
    name: "transfer the Responsable role to an active member of company B",
    // Company A's Responsable cannot reach into B; B's own Responsable may.
    allowed: ["otherResponsable"],
    run: (actor, w) => transferResponsable(getDb(), actor, w.members.foreign),
  },
  {
    area: "team",
    name: "read the rights matrix of company A (/team/rights)",
    allowed: RESPONSABLE,
    run: async (actor, w) =>
      mustContain(
        (await readRightsMatrix(getDb(), actor)).contributors.map((c) => c.id),
        w.members.spare,
      ),
  },
  {
    area: "team",
    name: "grant draft on a product of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "product", productId: w.productId, level: "draft" }),
  },
  {
    area: "team",
    name: "grant validate on a product of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "product", productId: w.productId, level: "validate" }),
  },
  {
    area: "team",
    name: "grant validate on the strategy questionnaire of company A",
    allowed: RESPONSABLE,
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "strategy", level: "validate" }),
  },
  {
    area: "team",
    name: "grant the right to create accounts in company A",
    allowed: RESPONSABLE,
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "create_users", enabled: true }),
  },
  {
    area: "team",
    name: "revoke a product right in company A",
    allowed: RESPONSABLE,
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "product", productId: w.otherProductId, level: null }),
  },
  {
    area: "team",
    name: "grant a member of company A a right on a product of company B",
    allowed: [],
    run: (actor, w) => setGrant(getDb(), actor, w.members.spare, { kind: "product", productId: w.foreignProductId, level: "draft" }),
  },
];
