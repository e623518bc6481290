import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { grants, products, users } from "@/db/schema";
import { findActiveUserById } from "@/lib/auth/users-repo";
import type { AppUser } from "@/lib/auth/types";
import type { ProductInput } from "./schema";

// Helpers for this area's integration tests (not imported by application code).

export async function userNamed(username: string): Promise<AppUser> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await findActiveUserById(getDb(), row.id))!;
}

export async function productNamed(name: string, os?: string) {
  const rows = await getDb().select().from(products).where(eq(products.name, name));
  return rows.find((p) => !os || p.os === os)!;
}

export async function grant(user: AppUser, kind: "create_products" | "product", productId?: string): Promise<void> {
  await getDb()
    .insert(grants)
    .values({
      userId: user.id,
      companyId: user.companyId!,
      kind,
      productId: productId ?? null,
      level: kind === "product" ? "draft" : null,
    });
}

export function baseInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    kind: "base",
    name: "Agenda Cabinet",
    version: "2.0",
    edition: null,
    os: "Android",
    device: "Mobile",
    commercialName: "Agenda+",
    inCatalogue: true,
    description: null,
    baseIds: [],
    ...overrides,
  };
}
