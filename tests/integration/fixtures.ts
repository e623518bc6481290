import { getDb } from "@/db/client";
import { seed } from "@/db/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed-data";

export { DEMO_PASSWORD, DEMO_USERS };

/** The demo data, as `npm run dev` loads it. */
export async function seedDemo(): Promise<void> {
  await seed(getDb());
}
