import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// The browser gets only the messages this area's client components use.
export default async function ContactMessagesLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  // Before reading messages: layouts render side by side, each names its language.
  await pageLocale(params);
  return <ClientMessages namespaces={["contact"]}>{children}</ClientMessages>;
}
