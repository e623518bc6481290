"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/action";

/** A one-button form (start, reopen, move to a newer version); a refusal shows above it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  pendingLabel,
  variant = "primary",
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  return (
    <form action={dispatch}>
      {state && !state.ok && (
        <div role="alert" className="my-3 border-l-4 border-error bg-error-light p-4">
          <p>{state.message}</p>
          {Object.values(state.fieldErrors)
            .flat()
            .map((m) => (
              <p key={m}>{m}</p>
            ))}
        </div>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
