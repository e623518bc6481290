import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// The landing counts are fetched by the browser (the page itself is prerendered).
export default async function HomeMessagesLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  // Before reading messages: layouts render side by side, each names its language.
  await pageLocale(params);
  return <ClientMessages namespaces={["landing.counts"]}>{children}</ClientMessages>;
}
