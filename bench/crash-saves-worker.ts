// The "server" of bench/crash-saves.ts: 20 clients save answers through the same domain
// function the answering page's action calls (lib/evaluations/save), and a save is
// acknowledged on stdout only once saveAnswer has returned, as the page would be told.
import { getDb } from "@/db/client";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { saveAnswer } from "@/lib/evaluations/save";

const [evaluationId, userId, itemList] = process.argv.slice(2);
const items = itemList.split(",");

async function client(itemId: string): Promise<void> {
  const user = (await findActiveUserById(getDb(), userId))!;
  let revision = Number(process.env[`BASE_${itemId.replace(/\W/g, "_")}`] ?? 0);
  let seq = Number(process.env.START_SEQ ?? 0);
  for (;;) {
    seq++;
    // The level and the comment are written together: a half-written row would disagree.
    const result = await saveAnswer(user, {
      evaluationId,
      itemId,
      baseRevision: revision,
      level: String(seq % 5) as "0",
      comment: `seq:${seq}`,
    });
    if (result.status !== "saved") {
      revision = result.current?.revision ?? 0;
      continue;
    }
    revision = result.answer.revision;
    process.stdout.write(`ACK ${itemId} ${seq}\n`);
  }
}

for (const item of items) void client(item);
