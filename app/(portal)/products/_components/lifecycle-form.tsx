"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { archiveProductAction, restoreProductAction } from "../actions";

/** Archive or restore: one button; a refusal (e.g. active options) is shown right above it. */
export function LifecycleForm({ productId, operation, hint }: { productId: string; operation: "archive" | "restore"; hint?: string }) {
  const t = useTranslations("products.page");
  const [state, action, pending] = useActionState(operation === "archive" ? archiveProductAction : restoreProductAction, null);
  return (
    <form action={action}>
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="id" value={productId} />
      <Button variant="secondary" disabled={pending} aria-describedby={hint ? `${operation}-hint` : undefined}>
        {t(operation)}
      </Button>
      {hint && (
        <p id={`${operation}-hint`} className="mt-2 text-sm text-ink-soft">
          {hint}
        </p>
      )}
    </form>
  );
}
