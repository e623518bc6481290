import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function SupportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["supportDesk.search", "supportDesk.messages", "supportDesk.actionForm"]}>{children}</ClientMessages>;
}
