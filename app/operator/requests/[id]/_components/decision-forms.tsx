"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId, TextAreaField } from "@/components/ui/field";
import { approveAction, askInfoAction, rejectAction } from "../actions";

type Props = {
  id: string;
  revision: number;
  existingCompany: { legalName: string; hasResponsable: boolean } | null;
  /** Approval is impossible as is (an account already uses the requester's email). */
  blocked: boolean;
  summary: { name: string; email: string; company: string };
};

function Hidden({ id, revision }: { id: string; revision: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      {/* The revision shown: if someone decides first, this decision is refused. */}
      <input type="hidden" name="revision" value={revision} />
    </>
  );
}

function ApproveForm({ id, revision, existingCompany, blocked, summary }: Props) {
  const t = useTranslations("operatorRequests.decision.approve");
  const [state, action, pending] = useActionState(approveAction, null);
  // Approval is final (account created, email sent): a first click asks for confirmation.
  // The confirmation belongs to the state it was asked on: a refused approval (a new state)
  // shows the form again with its errors, not a stale confirmation.
  const [confirmedOn, setConfirmedOn] = useState<typeof state | undefined>(undefined);
  const confirming = confirmedOn === state;
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (focusStart.current) {
      focusStart.current = false;
      startRef.current?.focus();
    }
  }, [confirming]);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="border border-line p-4" aria-labelledby="approve-title" key={failed?.message ?? "initial"}>
      <h3 id="approve-title" className="text-xl font-bold">
        {t("title")}
      </h3>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={{ companyChoice: t("companyChoice") }} />}
      <Hidden id={id} revision={revision} />
      <p className="mt-2 text-ink-soft">{t("body")}</p>
      {existingCompany && !blocked && (
        <div className={`my-4 ${errors.companyChoice?.length ? "border-l-2 border-error pl-3" : ""}`}>
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id={fieldId("companyChoice")}
              name="companyChoice"
              value="existing"
              aria-describedby={[
                `${fieldId("companyChoice")}-hint`,
                errors.companyChoice?.length ? `${fieldId("companyChoice")}-error` : null,
              ]
                .filter(Boolean)
                .join(" ")}
              aria-invalid={errors.companyChoice?.length ? true : undefined}
              className="mt-1 size-4"
            />
            <label htmlFor={fieldId("companyChoice")}>{t("existing", { company: existingCompany.legalName })}</label>
          </div>
          <p id={`${fieldId("companyChoice")}-hint`} className="mt-1 text-sm text-ink-mute">
            {t("existingHint")}
          </p>
          {errors.companyChoice?.length ? (
            <p id={`${fieldId("companyChoice")}-error`} className="mt-1 text-sm text-error">
              {errors.companyChoice.join(" ")}
            </p>
          ) : null}
        </div>
      )}
      {blocked && (
        <p id="approve-blocked" className="my-3 border-l-4 border-error bg-error-light p-3" data-testid="approve-blocked">
          {t("blocked")}
        </p>
      )}
      {confirming ? (
        <div className="mt-3 border-l-4 border-primary bg-primary-lighter p-3" data-testid="approve-confirm">
          <h4 ref={confirmRef} tabIndex={-1} className="font-bold">
            {t("confirmTitle")}
          </h4>
          <p className="mt-1">{t("confirmBody", summary)}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button disabled={pending}>{t("confirm")}</Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                focusStart.current = true;
                setConfirmedOn(undefined);
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          disabled={blocked}
          aria-describedby={blocked ? "approve-blocked" : undefined}
          className={buttonClass("primary", "mt-2")}
          onClick={() => setConfirmedOn(state)}
        >
          {t("submit")}
        </button>
      )}
    </form>
  );
}

function MessageForm({ id, revision, kind }: Pick<Props, "id" | "revision"> & { kind: "reject" | "askInfo" }) {
  const t = useTranslations(`operatorRequests.decision.${kind}`);
  const [state, action, pending] = useActionState(kind === "reject" ? rejectAction : askInfoAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const field = kind === "reject" ? "reason" : "message";
  const label = t(kind === "reject" ? "reason" : "message");
  const hint = t(kind === "reject" ? "reasonHint" : "messageHint");
  return (
    <form
      action={action}
      noValidate
      className="border border-line p-4"
      aria-labelledby={`${kind}-title`}
      key={failed ? JSON.stringify(failed.values) + failed.message : "initial"}
    >
      <h3 id={`${kind}-title`} className="text-xl font-bold">
        {t("title")}
      </h3>
      {failed && <ErrorSummary message={failed.message} fieldErrors={errors} labels={{ [field]: label }} />}
      <Hidden id={id} revision={revision} />
      {/* Each form has its own field names, so ids stay unique on the page. */}
      <TextAreaField
        name={field}
        label={label}
        hint={hint}
        defaultValue={String(failed?.values[field] ?? "")}
        errors={errors[field]}
        rows={4}
        maxLength={2000}
        required
      />
      <Button disabled={pending} variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}

/** The three decisions an operator can take on an open request. */
export function DecisionForms(props: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <ApproveForm {...props} />
      <MessageForm id={props.id} revision={props.revision} kind="askInfo" />
      <MessageForm id={props.id} revision={props.revision} kind="reject" />
    </div>
  );
}
