import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The browser gets only the messages this area's client components use.
export default function TeamMessagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["team", "roles", "table"]}>{children}</ClientMessages>;
}
