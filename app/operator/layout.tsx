import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RootShell } from "@/components/layout/root-shell";

export { generateMetadata } from "@/components/layout/root-shell";

// The browser gets only the messages this area's client components use.
export default function OperatorMessagesLayout({ children }: { children: ReactNode }) {
  return (
    <RootShell>
      <ClientMessages namespaces={["operatorRequests", "table"]}>{children}</ClientMessages>
    </RootShell>
  );
}
