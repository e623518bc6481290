import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The browser gets only the portfolio table's headers (the rows arrive as text).
export default function DashboardMessagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["dashboard.portfolio.table"]}>{children}</ClientMessages>;
}
