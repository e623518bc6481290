import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { productBases, products } from "@/db/schema";
import { NotFoundError } from "@/lib/actions/errors";
import type { AppUser } from "@/lib/auth/types";
import { createProduct, duplicateAsOption, duplicateProduct } from "@/lib/products/create";
import { evaluationStatusByTheme } from "@/lib/evaluations/status";
import { archiveProduct, restoreProduct } from "@/lib/products/lifecycle";
import { getProduct, listBaseChoices, listProducts, PRODUCT_SORTS } from "@/lib/products/queries";
import type { ProductInput } from "@/lib/products/schema";
import { setOptionBases, updateProduct } from "@/lib/products/update";
import { parseTableQuery } from "@/lib/tables/query";
import type { MatrixCase, World } from "./world";

// `productId` is company A's Windows base product (the demo option is linked to it); the
// draft and validate contributors hold a grant on it and nothing else, no "create products".

const me = (actor: AppUser | null) => actor as AppUser;
const input = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  kind: "base",
  name: "Matrice",
  version: "1.0",
  edition: null,
  os: "Linux",
  device: "Desktop",
  commercialName: null,
  inCatalogue: false,
  description: null,
  baseIds: [],
  ...overrides,
});

async function listed(actor: AppUser | null, productId: string): Promise<void> {
  const { rows } = await listProducts(getDb(), me(actor), parseTableQuery({}, { sortable: PRODUCT_SORTS, defaultSort: "name" }), {
    kind: "",
    status: "",
  });
  if (!rows.some((p) => p.id === productId)) throw new NotFoundError("product");
}

async function demoOption(w: World): Promise<string> {
  const [option] = await getDb()
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.companyId, w.companyId), eq(products.kind, "option")));
  return option.id;
}

async function secondBase(w: World): Promise<string> {
  const rows = await getDb()
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.companyId, w.companyId), eq(products.kind, "base")));
  return rows.find((r) => r.id !== w.productId)!.id;
}

// Setup done as the system, so that the actor's call is the only thing under test.
async function withoutOptions(w: World): Promise<void> {
  await getDb().delete(productBases).where(eq(productBases.baseId, w.productId));
}

const area = "products";
const granted = ["contributorDraft", "contributorValidate", "responsable"] as const;

export const productCases: MatrixCase[] = [
  {
    area,
    name: "open the product list (/products)",
    allowed: ["contributorNone", ...granted, "otherResponsable"],
    run: (a) =>
      listProducts(getDb(), me(a), parseTableQuery({}, { sortable: PRODUCT_SORTS, defaultSort: "name" }), { kind: "", status: "" }),
  },
  { area, name: "find the granted product of A in /products", allowed: granted, run: (a, w) => listed(a, w.productId) },
  {
    area,
    name: "find a product of A granted to nobody in /products",
    allowed: ["responsable"],
    run: (a, w) => listed(a, w.otherProductId),
  },
  { area, name: "find a product of B in /products", allowed: ["otherResponsable"], run: (a, w) => listed(a, w.foreignProductId) },
  {
    area,
    name: "read the granted product of A (/products/[id])",
    allowed: granted,
    run: (a, w) => getProduct(getDb(), me(a), w.productId),
  },
  {
    area,
    name: "read a product of A granted to nobody",
    allowed: ["responsable"],
    run: (a, w) => getProduct(getDb(), me(a), w.otherProductId),
  },
  { area, name: "read a product of B", allowed: ["otherResponsable"], run: (a, w) => getProduct(getDb(), me(a), w.foreignProductId) },
  {
    area,
    name: "read the evaluation status of the granted product",
    allowed: granted,
    run: (a, w) => evaluationStatusByTheme(getDb(), me(a), w.productId),
  },
  {
    area,
    name: "offer the granted base as a choice when linking an option",
    allowed: granted,
    run: async (a, w) => {
      if (!(await listBaseChoices(getDb(), me(a))).some((b) => b.id === w.productId)) throw new NotFoundError("product");
    },
  },
  {
    area,
    name: "create a base product in one's company (/products/new)",
    allowed: ["responsable", "otherResponsable"],
    run: (a) => createProduct(me(a), input()),
  },
  {
    area,
    name: "create an option linked to the granted base of A",
    allowed: ["responsable"],
    run: (a, w) => createProduct(me(a), input({ kind: "option", baseIds: [w.productId] })),
  },
  {
    area,
    name: "edit the granted product (/products/[id]/edit)",
    allowed: granted,
    run: (a, w) => updateProduct(me(a), w.productId, { ...input(), name: "Renommé" }),
  },
  {
    area,
    name: "edit a product of A granted to nobody",
    allowed: ["responsable"],
    run: (a, w) => updateProduct(me(a), w.otherProductId, { ...input(), name: "Renommé" }),
  },
  {
    area,
    name: "edit a product of B",
    allowed: ["otherResponsable"],
    run: (a, w) => updateProduct(me(a), w.foreignProductId, { ...input(), name: "Renommé" }),
  },
  {
    area,
    name: "duplicate the granted product (/products/[id]/duplicate)",
    allowed: ["responsable"],
    run: (a, w) => duplicateProduct(me(a), w.productId, input()),
  },
  {
    area,
    name: "duplicate a product of B",
    allowed: ["otherResponsable"],
    run: (a, w) => duplicateProduct(me(a), w.foreignProductId, input()),
  },
  {
    area,
    name: "duplicate the granted base as an option (/products/[id]/duplicate-as-option)",
    allowed: ["responsable"],
    run: (a, w) => duplicateAsOption(me(a), w.productId, input({ kind: "option", baseIds: [w.productId] })),
  },
  {
    area,
    name: "archive the granted base once it has no option",
    allowed: granted,
    run: async (a, w) => {
      await withoutOptions(w);
      await archiveProduct(me(a), w.productId);
    },
  },
  {
    area,
    name: "restore the granted product",
    allowed: granted,
    run: async (a, w) => {
      await getDb().update(products).set({ status: "archived" }).where(eq(products.id, w.productId));
      await restoreProduct(me(a), w.productId);
    },
  },
  { area, name: "archive a product of B", allowed: ["otherResponsable"], run: (a, w) => archiveProduct(me(a), w.foreignProductId) },
  {
    area,
    name: "link the option of A to its bases (/products/[id]/bases)",
    allowed: ["responsable"],
    run: async (a, w) => setOptionBases(me(a), await demoOption(w), [w.productId, await secondBase(w)]),
  },
];
