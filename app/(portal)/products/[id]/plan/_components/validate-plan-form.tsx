"use client";

import { useActionState } from "react";
import { validatePlanAction } from "../actions";

/** Validating freezes the plan as shown: the form names the revision the user is looking at. */
export function ValidatePlanForm({ subject, revision, label }: { subject: string; revision: number; label: string }) {
  const [state, action, pending] = useActionState(validatePlanAction, null);
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="revision" value={revision} />
      {state && !state.ok && (
        <p role="alert" className="mb-2 border-l-4 border-error bg-error-light p-3">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-primary px-4 py-2 font-medium text-white hover:bg-primary-hover disabled:opacity-60"
      >
        {label}
      </button>
    </form>
  );
}
