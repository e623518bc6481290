import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RootShell } from "@/components/layout/root-shell";

export { generateMetadata } from "@/components/layout/root-shell";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <RootShell>
      <ClientMessages namespaces={["staffAdmin.invite", "roles", "supportDesk.actionForm"]}>{children}</ClientMessages>
    </RootShell>
  );
}
