"use server";

import { defineAction } from "@/lib/actions/action";
import { createProduct, duplicateAsOption, duplicateProduct } from "@/lib/products/create";
import { archiveProduct, restoreProduct } from "@/lib/products/lifecycle";
import { createProductSchema, productBasesSchema, productIdSchema, updateProductSchema } from "@/lib/products/schema";
import { setOptionBases, updateProduct } from "@/lib/products/update";

// Each action authenticates and parses through the wrapper; lib/ checks the rights.
const done = (id: string, what: string) => ({
  data: { id },
  revalidate: ["/products", `/products/${id}`],
  redirectTo: `/products/${id}?done=${what}`,
});

export const createProductAction = defineAction({
  schema: createProductSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { id } = await createProduct(user, input.input, meta);
    return done(id, "created");
  },
});

export const duplicateProductAction = defineAction({
  schema: createProductSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { id } = await duplicateProduct(user, input.sourceId ?? "", input.input, meta);
    return done(id, "duplicated");
  },
});

export const duplicateAsOptionAction = defineAction({
  schema: createProductSchema,
  access: "user",
  async run({ input, user, meta }) {
    const { id } = await duplicateAsOption(user, input.sourceId ?? "", input.input, meta);
    return done(id, "duplicated");
  },
});

export const updateProductAction = defineAction({
  schema: updateProductSchema,
  access: "user",
  async run({ input, user, meta }) {
    await updateProduct(user, input.id, input.fields, meta);
    return done(input.id, "updated");
  },
});

export const setOptionBasesAction = defineAction({
  schema: productBasesSchema,
  access: "user",
  async run({ input, user, meta }) {
    await setOptionBases(user, input.id, input.baseIds, meta);
    return done(input.id, "bases");
  },
});

export const archiveProductAction = defineAction({
  schema: productIdSchema,
  access: "user",
  async run({ input, user, meta }) {
    await archiveProduct(user, input.id, meta);
    return done(input.id, "archived");
  },
});

export const restoreProductAction = defineAction({
  schema: productIdSchema,
  access: "user",
  async run({ input, user, meta }) {
    await restoreProduct(user, input.id, meta);
    return done(input.id, "restored");
  },
});
