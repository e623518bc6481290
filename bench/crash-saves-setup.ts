// Prepares bench/crash-saves.ts: an evaluation of the demo company with its qualifiers
// answered, and the list of requirement items the 20 clients will save.
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { products, users } from "@/db/schema";
import { findActiveUserById } from "@/lib/auth/users-repo";
import { getEvaluation } from "@/lib/evaluations/load";
import { startEvaluation } from "@/lib/evaluations/start";

async function main() {
  const db = getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, "demo.responsable"));
  const user = (await findActiveUserById(db, row.id))!;
  const [product] = await db.select({ id: products.id }).from(products).where(eq(products.companyId, user.companyId!)).limit(1);
  const { id } = await startEvaluation(user, { theme: "interoperability", productId: product.id });
  const view = await getEvaluation(db, user, id);
  const items: string[] = [];
  for (const section of view.questionnaire.sections) for (const item of section.items) if (item.kind === "requirement") items.push(item.id);
  await db.execute(
    sql`create table crash_setup as select ${id}::uuid as evaluation_id, ${user.id}::uuid as user_id, ${items.join(",")}::text as items`,
  );
  console.log(`[crash] evaluation ${id}, ${items.length} requirement items`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
