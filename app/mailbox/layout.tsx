import type { ReactNode } from "react";
import { RootShell } from "@/components/layout/root-shell";

export { generateMetadata } from "@/components/layout/root-shell";

// The document around this area's pages (no app-wide root layout: decision 0017).
export default function AreaLayout({ children }: { children: ReactNode }) {
  return <RootShell>{children}</RootShell>;
}
