// Creates an agency account from the command line: the first administrator of a fresh
// install (the seed never runs in production). Prints a single-use activation link.
//   npm run staff:create -- --email ana@agence.example --name "Ana Durand" [--role admin|support|operator]
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { activationUrl } from "@/lib/accounts/invite";
import { ActionError } from "@/lib/actions/errors";
import { createStaffFromCli } from "@/lib/staff/cli";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  });
  try {
    const { username, token } = await createStaffFromCli(getDb(), {
      email: values.email ?? "",
      name: values.name ?? "",
      role: values.role ?? "admin",
    });
    console.log(`Account created: ${username} (${values.role ?? "admin"})`);
    console.log(`Single-use activation link (valid 7 days): ${activationUrl(token)}`);
    return 0;
  } catch (error) {
    if (error instanceof ActionError) {
      console.error(`Refused: ${Object.values(error.fieldErrors).flat().join(", ") || error.messageKey}`);
      return 1;
    }
    throw error;
  } finally {
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
