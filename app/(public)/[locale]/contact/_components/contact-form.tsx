"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { CONTACT_TOPICS } from "@/lib/contact/schema";
import { sendContactMessage } from "../actions";

export function ContactForm({ defaults }: { defaults: { name?: string; email?: string } }) {
  const t = useTranslations("contact");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(sendContactMessage, null);
  if (state?.ok) return <Notice tone="success">{state.message}</Notice>;

  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  const value = (name: string, fallback = "") => String(values[name] ?? fallback);
  const labels = { name: t("name"), email: t("email"), topic: t("topic"), message: t("message") };
  const req = { required: true };

  return (
    // key: a failed submit remounts the fields with what was typed (React resets forms after an action).
    <form action={action} noValidate key={JSON.stringify(values)}>
      {state && !state.ok && <ErrorSummary message={state.message} fieldErrors={errors} labels={labels} />}
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      <TextField
        name="name"
        label={labels.name}
        autoComplete="name"
        defaultValue={value("name", defaults.name)}
        errors={errors.name}
        {...req}
      />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={t("emailHint")}
        autoComplete="email"
        defaultValue={value("email", defaults.email)}
        errors={errors.email}
        {...req}
      />
      <SelectField
        name="topic"
        label={labels.topic}
        placeholder={t("topicPlaceholder")}
        options={CONTACT_TOPICS.map((v) => ({ value: v, label: t(`topics.${v}`) }))}
        defaultValue={value("topic")}
        errors={errors.topic}
        {...req}
      />
      <TextAreaField
        name="message"
        label={labels.message}
        hint={t("messageHint")}
        defaultValue={value("message")}
        errors={errors.message}
        maxLength={5000}
        {...req}
      />
      <Button disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
