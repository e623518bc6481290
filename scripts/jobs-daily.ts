// Runs the plans' daily job once, from the command line or a cron, and prints what it queued.
// The emails are delivered by the server's outbox poller (they are rows in the outbox).
//   npm run jobs:daily [-- --today 2027-01-15]
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { runDailyJob } from "@/lib/plans/daily-job";
import { todayInParis } from "@/lib/plans/today";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { today: { type: "string" } } });
  const today = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "--today must look like 2027-01-15")
    .safeParse(values.today ?? todayInParis());
  if (!today.success) {
    console.error(today.error.issues[0].message);
    return 1;
  }
  try {
    const queued = await runDailyJob(getDb(), today.data);
    for (const q of queued) console.log(`${q.template}\t${q.to}\t${q.key}`);
    console.log(`Daily job for ${today.data}: ${queued.length} email(s) queued.`);
    return 0;
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
