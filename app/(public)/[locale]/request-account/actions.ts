"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { submitRequestSchema } from "@/lib/account-requests/schema";
import { isSirenOnPlatform } from "@/lib/account-requests/siren";
import { submitAccountRequest } from "@/lib/account-requests/submit";
import { defineAction } from "@/lib/actions/action";
import { enforce, RATE_RULES } from "@/lib/security/rate-limit";

export const submitRequestAction = defineAction({
  schema: submitRequestSchema,
  access: "public",
  async run({ input, meta }) {
    await enforce([
      [RATE_RULES.accountRequestClient, meta.ip],
      [RATE_RULES.accountRequestAddress, input.email],
    ]);
    const { reference, sirenKnown } = await submitAccountRequest(input, await getLocale(), meta);
    const query = new URLSearchParams({ reference, ...(sirenKnown ? { known: "1" } : {}) });
    return { data: { reference }, redirectTo: `/request-account/confirmation?${query}` };
  },
});

/** The "already on the platform" notice shown as the SIREN is typed: a yes or no, no name. */
export const checkSirenAction = defineAction({
  schema: z.object({ siren: z.string().max(20) }),
  access: "public",
  async run({ input, meta }) {
    await enforce([[RATE_RULES.sirenCheckClient, meta.ip]]);
    return { data: { known: await isSirenOnPlatform(input.siren) } };
  },
});
