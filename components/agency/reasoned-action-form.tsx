"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/actions/action";

type Props = {
  action: FormAction<undefined>;
  /** Hidden fields identifying the target and the action. */
  hidden: Record<string, string>;
  title: string;
  description: string;
  submitLabel: string;
  /** An extra text field before the reason (the new email of a correction). */
  extraField?: { name: string; label: string; type?: string };
  open?: boolean;
};

/**
 * An agency action that changes someone's access: a reason (kept in the audit log with the
 * agent's name) and an explicit confirmation, inside a disclosure so that a page can offer
 * several without clutter. Field ids are unique per form; errors sit under their field.
 */
export function ReasonedActionForm({ action, hidden, title, description, submitLabel, extraField, open }: Props) {
  const t = useTranslations("supportDesk.actionForm");
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const fieldIds = { reason: `${id}-reason`, confirm: `${id}-confirm`, extra: `${id}-extra` };
  const errorText = (name: string) => (errors[name]?.length ? errors[name].join(" ") : null);
  const describe = (name: string, hint?: string) =>
    [hint, errorText(name) ? `${id}-${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <details className="my-3 border border-line" open={open || Boolean(failed)}>
      <summary className="cursor-pointer px-4 py-3 font-medium text-primary">{title}</summary>
      <form action={formAction} noValidate className="px-4 pb-4" key={JSON.stringify(values)}>
        <p className="text-sm text-ink-soft">{description}</p>
        {failed && <Notice tone="error">{failed.message}</Notice>}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {extraField && (
          <div className={`my-4 ${errorText(extraField.name) ? "border-l-2 border-error pl-3" : ""}`}>
            <label htmlFor={fieldIds.extra} className="block font-medium">
              {extraField.label}
              <span className="text-error" aria-hidden="true">
                {" "}
                *
              </span>
            </label>
            <input
              id={fieldIds.extra}
              name={extraField.name}
              type={extraField.type ?? "text"}
              required
              autoComplete="off"
              defaultValue={String(values[extraField.name] ?? "")}
              aria-invalid={errorText(extraField.name) ? true : undefined}
              aria-describedby={describe(extraField.name)}
              className="mt-2 block w-full border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
            />
            <FieldErr id={`${id}-${extraField.name}-error`} text={errorText(extraField.name)} />
          </div>
        )}
        <div className={`my-4 ${errorText("reason") ? "border-l-2 border-error pl-3" : ""}`}>
          <label htmlFor={fieldIds.reason} className="block font-medium">
            {t("reason")}
            <span className="text-error" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
          <p id={`${id}-reason-hint`} className="mt-1 text-sm text-ink-mute">
            {t("reasonHint")}
          </p>
          <textarea
            id={fieldIds.reason}
            name="reason"
            required
            rows={2}
            defaultValue={String(values.reason ?? "")}
            aria-invalid={errorText("reason") ? true : undefined}
            aria-describedby={describe("reason", `${id}-reason-hint`)}
            className="mt-2 block w-full border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
          />
          <FieldErr id={`${id}-${"reason"}-error`} text={errorText("reason")} />
        </div>
        <div className={`my-4 ${errorText("confirm") ? "border-l-2 border-error pl-3" : ""}`}>
          <div className="flex items-start gap-2">
            <input
              id={fieldIds.confirm}
              name="confirm"
              type="checkbox"
              required
              className="mt-1 size-5"
              aria-invalid={errorText("confirm") ? true : undefined}
              aria-describedby={describe("confirm")}
            />
            <label htmlFor={fieldIds.confirm}>{t("confirm")}</label>
          </div>
          <FieldErr id={`${id}-${"confirm"}-error`} text={errorText("confirm")} />
        </div>
        <Button disabled={pending}>{submitLabel}</Button>
      </form>
    </details>
  );
}

function FieldErr({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} className="mt-2 text-sm text-error">
      {text}
    </p>
  ) : null;
}
