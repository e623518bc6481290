"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { fieldId } from "./field";

/**
 * The public-service error summary: announced, focused, and linking to each field in
 * error. `labels` gives each field's visible label, in form order.
 */
export function ErrorSummary({
  message,
  fieldErrors,
  labels,
}: {
  message: string;
  fieldErrors: Record<string, string[]>;
  labels: Record<string, string>;
}) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  const fields = Object.keys(labels).filter((name) => fieldErrors[name]?.length);
  const others = Object.entries(fieldErrors)
    .filter(([name]) => !labels[name])
    .flatMap(([, messages]) => messages);

  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="my-4 border-2 border-error bg-error-light p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold">
        {fields.length ? t("summaryTitle", { count: fields.length }) : message}
      </h2>
      {fields.length > 0 && <p className="mt-1">{message}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 ml-6 list-disc">
          {fields.map((name) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`} className="text-error">
                {labels[name]} — {fieldErrors[name].join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
      {others.map((m) => (
        <p key={m} className="mt-1">
          {m}
        </p>
      ))}
    </div>
  );
}
