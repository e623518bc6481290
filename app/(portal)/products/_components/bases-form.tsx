"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { setOptionBasesAction } from "../actions";
import { BaseChoices, type BaseChoice } from "./base-choices";

/** The links of an option product to its bases, as checkboxes. */
export function BasesForm({
  productId,
  choices,
  selected,
  hiddenNote,
}: {
  productId: string;
  choices: BaseChoice[];
  selected: string[];
  hiddenNote?: string;
}) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(setOptionBasesAction, null);
  const failed = state && !state.ok ? state : null;
  const checked = failed ? [failed.values.baseIds ?? []].flat() : selected;
  return (
    <form action={action} noValidate key={JSON.stringify(checked)}>
      {failed && <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={{ baseIds: t("fields.baseIds") }} />}
      <input type="hidden" name="id" value={productId} />
      <BaseChoices choices={choices} selected={checked} errors={failed?.fieldErrors.baseIds} />
      {hiddenNote && <p className="text-sm text-ink-soft">{hiddenNote}</p>}
      <div className="mt-6 flex flex-wrap gap-4">
        <Button disabled={pending}>{t("form.saveBases")}</Button>
        <Link href={`/products/${productId}`} className={buttonClass("tertiary")}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
