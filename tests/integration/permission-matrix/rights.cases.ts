import { getDb } from "@/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { getPortfolio } from "@/lib/portfolio/load";
import { listAccessibleProducts } from "@/lib/rights/accessible-products";
import type { MatrixCase } from "./world";

async function seesProduct(actor: Parameters<MatrixCase["run"]>[0], productId: string): Promise<void> {
  const list = await listAccessibleProducts(getDb(), actor);
  if (!list.some((p) => p.id === productId)) throw new NotFoundError("product");
}

/** The dashboard's portfolio lists the product (one row per theme). */
async function seesOnDashboard(actor: Parameters<MatrixCase["run"]>[0], productId: string): Promise<void> {
  if (!actor) throw new ForbiddenError("signed-out");
  const view = await getPortfolio(getDb(), actor, { size: "100" });
  if (!view.page.rows.some((r) => r.product.id === productId)) throw new NotFoundError("product");
}

export const rightsCases: MatrixCase[] = [
  {
    area: "rights",
    name: "see the granted product of company A in one's portfolio (/dashboard)",
    allowed: ["contributorDraft", "contributorValidate", "responsable"],
    run: (actor, w) => seesOnDashboard(actor, w.productId),
  },
  {
    area: "rights",
    name: "see a product of company A granted to nobody",
    allowed: ["responsable"],
    run: (actor, w) => seesProduct(actor, w.otherProductId),
  },
  {
    area: "rights",
    name: "see a product of company B",
    allowed: ["otherResponsable"],
    run: (actor, w) => seesProduct(actor, w.foreignProductId),
  },
];
