import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { AppUser } from "@/lib/auth/types";
import { productThemes } from "@/lib/evaluations/results";
import { todayInParis } from "@/lib/format";
import type { NamedProduct } from "@/lib/products/label";
import type { TableQuery } from "@/lib/tables/query";
import { listAccessibleProducts } from "@/lib/rights/accessible-products";
import { loadRights, meets, productLevel, strategyLevel } from "@/lib/rights/rights";
import { buildPortfolio, type Needs, type PortfolioRow } from "./model";
import { pagePortfolio, parsePortfolioQuery, type PortfolioFilters, type PortfolioSort } from "./query";
import { loadSubjects } from "./subjects";

export type InvitedMember = { id: string; name: string; since: Date };

export type PortfolioView = {
  today: string;
  /** Products the user may see (0 with a Responsable: none declared yet). */
  productCount: number;
  page: { rows: PortfolioRow[]; total: number };
  query: TableQuery<PortfolioSort>;
  filters: PortfolioFilters;
  needs: Needs & { invited: InvitedMember[] };
  /** Names of the products and of the strategy that "what needs me" items point to. */
  products: Map<string, NamedProduct>;
  isResponsable: boolean;
};

/**
 * The company's portfolio as `user` may see it (the Responsable: every active product; a
 * contributor: those granted), with one page of rows per the URL's table state, and what
 * waits for the user. Agency staff and signed-out callers are refused by loadRights. The
 * query count does not grow with the number of products (lib/portfolio/subjects.ts).
 */
export async function getPortfolio(
  db: Executor,
  user: AppUser,
  params: Record<string, string | string[] | undefined>,
  today = todayInParis(),
): Promise<PortfolioView> {
  const [rights, products] = await Promise.all([loadRights(db, user), listAccessibleProducts(db, user)]);
  const themes = productThemes();
  const withStrategy = strategyLevel(rights) !== null;
  const [subjects, invited] = await Promise.all([
    loadSubjects(
      db,
      rights.companyId,
      products.map((p) => p.id),
      withStrategy,
    ),
    rights.isResponsable ? invitedMembers(db, rights.companyId) : Promise.resolve([]),
  ]);
  const { rows, needs } = buildPortfolio(
    products,
    subjects,
    themes,
    {
      userId: user.id,
      isResponsable: rights.isResponsable,
      canValidate: (productId) => meets(productId ? productLevel(rights, productId) : strategyLevel(rights), "validate"),
    },
    today,
  );
  const { query, filters } = parsePortfolioQuery(params, themes);
  return {
    today,
    productCount: products.length,
    page: pagePortfolio(rows, query, filters),
    query,
    filters,
    needs: { ...needs, invited },
    products: new Map(products.map((p) => [p.id, p])),
    isResponsable: rights.isResponsable,
  };
}

/** Contributors invited who have not activated their account yet, oldest invitation first. */
async function invitedMembers(db: Executor, companyId: string): Promise<InvitedMember[]> {
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, since: users.createdAt })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.status, "invited")))
    .orderBy(asc(users.createdAt), asc(users.id));
  return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`.trim(), since: r.since }));
}
