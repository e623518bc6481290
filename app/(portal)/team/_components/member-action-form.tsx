"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/actions/action";
import { disableMemberAction, enableMemberAction, resendActivationAction } from "../actions";

const ACTIONS = { disable: disableMemberAction, enable: enableMemberAction, resend: resendActivationAction } as const;

/** One member action (a button posting the member's id); success redirects, failure shows here. */
export function MemberActionForm({
  kind,
  userId,
  label,
  hint,
  variant = "secondary",
}: {
  kind: keyof typeof ACTIONS;
  userId: string;
  label: string;
  hint?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, action, pending] = useActionState(ACTIONS[kind] as FormAction<undefined>, null);
  const hintId = `${kind}-hint`;
  return (
    <form action={action} className="my-4">
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="userId" value={userId} />
      {hint && (
        <p id={hintId} className="mb-2 text-sm text-ink-mute">
          {hint}
        </p>
      )}
      <Button variant={variant} disabled={pending} aria-describedby={hint ? hintId : undefined}>
        {label}
      </Button>
    </form>
  );
}
