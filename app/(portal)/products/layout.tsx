import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The browser gets only the messages this area's client components use.
export default function ProductsMessagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["products", "table"]}>{children}</ClientMessages>;
}
