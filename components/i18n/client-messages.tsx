import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick";

/** What every page's client components use: the header's switches, errors, error page, tables. */
export const BASE_CLIENT_NAMESPACES = ["common", "header", "errors", "table"] as const;

/**
 * Hands the browser only the message namespaces the client components below use (on top of
 * the base ones): the whole catalogue on every page was most of the HTML (docs/decisions,
 * "i18n messages per area"). Server components keep using getTranslations, which needs none
 * of this. A new client component in an area adds its namespace to that area's layout.
 */
export async function ClientMessages({
  namespaces = [],
  base = BASE_CLIENT_NAMESPACES,
  children,
}: {
  namespaces?: readonly string[];
  /** The prerendered public shell passes fewer: its pages have no form or table of their own. */
  base?: readonly string[];
  children: ReactNode;
}) {
  const messages = pickMessages(await getMessages(), [...base, ...namespaces]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
