import type { ProductStatus } from "@/lib/products/choices";

/** The product's status as a word on a tinted background: the word carries the meaning. */
export function StatusTag({ status, label }: { status: ProductStatus; label: string }) {
  return (
    <span
      className={`inline-block px-2 py-0.5 text-sm font-medium ${status === "active" ? "bg-success-light text-ink" : "bg-surface-raised text-ink-soft"}`}
    >
      {label}
    </span>
  );
}
