import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AuditLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["audit"]}>{children}</ClientMessages>;
}
