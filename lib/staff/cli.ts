import type { Db } from "@/db/client";
import { ActionError } from "@/lib/actions/errors";
import { issueToken } from "@/lib/tokens/tokens";
import { insertStaffAccount } from "./create";
import { staffInviteSchema } from "./schema";

/** "Ana Marie Durand" → first name "Ana Marie", last name "Durand". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { firstName: parts[0] ?? "", lastName: "" };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1] };
}

const READABLE: Record<string, string> = {
  "errors.emailTaken": "this email is already used by an account",
  "errors.email": "not a valid email address",
};

/**
 * The staff:create command: validates like the /admin form, creates the invited account and
 * returns a fresh single-use activation token (no email: the operator installing the
 * platform passes the link on). Refuses an email already in use, whatever its case.
 */
export async function createStaffFromCli(
  db: Db,
  args: { email: string; name: string; role: string },
): Promise<{ username: string; token: string }> {
  const parsed = staffInviteSchema.safeParse({ email: args.email, ...splitName(args.name), agencyRole: args.role });
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      fields[String(issue.path[0])] = [
        `${String(issue.path[0])}: ${READABLE[issue.message] ?? 'missing or invalid (--email, --name "First Last", --role admin|support|operator)'}`,
      ];
    throw new ActionError("errors.formInvalid", fields);
  }
  try {
    return await db.transaction(async (tx) => {
      const created = await insertStaffAccount(tx, parsed.data, { kind: "system", label: "staff:create" }, { email: false });
      const token = await issueToken(tx, { purpose: "activation", userId: created.id });
      return { username: created.username, token };
    });
  } catch (error) {
    if (error instanceof ActionError) {
      const fields = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([f, keys]) => [f, keys.map((k) => `${f}: ${READABLE[k] ?? k}`)]),
      );
      throw new ActionError(error.messageKey, fields);
    }
    throw error;
  }
}
