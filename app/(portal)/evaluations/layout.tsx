import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The browser gets only the messages this area's client components use.
export default function EvaluationsMessagesLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["evaluations.answering", "evaluations.saveStatus", "evaluations.validate", "evaluations.conflict"]}>
      {children}
    </ClientMessages>
  );
}
