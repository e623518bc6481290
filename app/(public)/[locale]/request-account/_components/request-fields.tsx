"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { FileInput } from "@/components/ui/file-input";
import { useTranslations } from "next-intl";
import { fieldId, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { isValidSiren } from "@/lib/validation/siren";
import { checkSirenAction } from "../actions";

type Values = Record<string, string | string[]>;

/** The labels of the request's fields, in form order (for the error summary). */
export function useRequestLabels(): Record<string, string> {
  const t = useTranslations("accountRequest");
  return {
    siren: t("company.siren"),
    legalName: t("company.legalName"),
    addressLine: t("company.addressLine"),
    postalCode: t("company.postalCode"),
    city: t("company.city"),
    firstName: t("requester.firstName"),
    lastName: t("requester.lastName"),
    email: t("requester.email"),
    phone: t("requester.phone"),
    jobTitle: t("requester.jobTitle"),
    isLegalRepresentative: t("representative.legend"),
    authorisation: t("authorisation.file"),
  };
}

const PREFILL = ["siren", "legalName", "addressLine", "postalCode", "city", "firstName", "lastName", "jobTitle", "email", "phone"];

async function lookupSiren(siren: string): Promise<boolean> {
  const data = new FormData();
  data.set("siren", siren);
  const result = await checkSirenAction(null, data);
  return result.ok && result.data.known;
}

/** Warns, before submission, that the SIREN is already on the platform (never says whose). */
function useSirenNotice(initial: string) {
  const [known, setKnown] = useState(false);
  const asked = useRef("");
  const check = async (value: string) => {
    const siren = value.replace(/\s/g, "");
    if (siren === asked.current) return;
    asked.current = siren;
    if (!isValidSiren(siren)) return setKnown(false);
    const answer = await lookupSiren(siren);
    if (asked.current === siren) setKnown(answer);
  };
  useEffect(() => {
    // After a failed submission the typed SIREN comes back: tell again.
    const siren = initial.replace(/\s/g, "");
    if (!isValidSiren(siren)) return;
    asked.current = siren;
    let live = true;
    void lookupSiren(siren).then((answer) => live && setKnown(answer));
    return () => {
      live = false;
    };
  }, [initial]);
  return { known, check };
}

function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  errors,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string;
  errors?: string[];
  onChange: (v: string) => void;
}) {
  const describedBy =
    [hint ? `${fieldId(name)}-hint` : null, errors?.length ? `${fieldId(name)}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`my-5 ${errors?.length ? "border-l-2 border-error pl-3" : ""}`} aria-describedby={describedBy}>
      <legend className="font-medium">
        {legend}
        <span className="text-error" aria-hidden="true">
          {" "}
          *
        </span>
      </legend>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="mt-1 text-sm text-ink-mute">
          {hint}
        </p>
      )}
      {options.map((o, i) => (
        <div key={o.value} className="mt-2 flex items-center gap-2">
          <input
            type="radio"
            id={i === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={value === o.value}
            onChange={() => onChange(o.value)}
            className="size-4"
          />
          <label htmlFor={i === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {errors?.length ? (
        <p id={`${fieldId(name)}-error`} className="mt-2 text-sm text-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The company, the requester, the legal-representative question and the authorisation
 * upload: shared by the request page and the completion page.
 */
export function RequestFields({
  values,
  errors,
  failed,
  documentName,
}: {
  values: Values;
  errors: Record<string, string[]>;
  failed: boolean;
  documentName?: string | null;
}) {
  const t = useTranslations("accountRequest");
  const labels = useRequestLabels();
  const value = (name: string) => String(values[name] ?? "");
  const [representative, setRepresentative] = useState(value("isLegalRepresentative"));
  const siren = useSirenNotice(value("siren"));
  const req = { required: true };

  // The pre-filled form is built from what is typed now (the link works without JavaScript,
  // blank); nothing is sent anywhere else.
  const prefillHref = (anchor: HTMLAnchorElement) => {
    const form = anchor.closest("form");
    if (!form) return;
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const key of PREFILL) {
      const v = data.get(key);
      if (typeof v === "string" && v.trim()) query.set(key, v.trim());
    }
    anchor.href = `/api/authorisation-form?${query}`;
  };

  return (
    <>
      <fieldset className="mt-6">
        <legend className="text-2xl font-bold">{t("company.legend")}</legend>
        <TextField
          name="siren"
          label={labels.siren}
          hint={t("company.sirenHint")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          defaultValue={value("siren")}
          errors={errors.siren}
          onBlur={(e) => void siren.check(e.currentTarget.value)}
          {...req}
        />
        <div aria-live="polite">
          {siren.known && (
            <Notice tone="warning" title={t("sirenKnown.title")}>
              <p>{t("sirenKnown.body")}</p>
            </Notice>
          )}
        </div>
        <TextField
          name="legalName"
          label={labels.legalName}
          autoComplete="organization"
          defaultValue={value("legalName")}
          errors={errors.legalName}
          {...req}
        />
        <TextField
          name="addressLine"
          label={labels.addressLine}
          hint={t("company.addressHint")}
          autoComplete="street-address"
          defaultValue={value("addressLine")}
          errors={errors.addressLine}
          {...req}
        />
        <div className="grid gap-x-6 sm:grid-cols-[12rem_1fr]">
          <TextField
            name="postalCode"
            label={labels.postalCode}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            defaultValue={value("postalCode")}
            errors={errors.postalCode}
            {...req}
          />
          <TextField
            name="city"
            label={labels.city}
            autoComplete="address-level2"
            defaultValue={value("city")}
            errors={errors.city}
            {...req}
          />
        </div>
      </fieldset>

      <fieldset className="mt-6">
        <legend className="text-2xl font-bold">{t("requester.legend")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="firstName"
            label={labels.firstName}
            autoComplete="given-name"
            defaultValue={value("firstName")}
            errors={errors.firstName}
            {...req}
          />
          <TextField
            name="lastName"
            label={labels.lastName}
            autoComplete="family-name"
            defaultValue={value("lastName")}
            errors={errors.lastName}
            {...req}
          />
        </div>
        <TextField
          name="email"
          type="email"
          label={labels.email}
          hint={t("requester.emailHint")}
          autoComplete="email"
          defaultValue={value("email")}
          errors={errors.email}
          {...req}
        />
        <TextField
          name="phone"
          type="tel"
          label={labels.phone}
          hint={t("requester.phoneHint")}
          autoComplete="tel"
          defaultValue={value("phone")}
          errors={errors.phone}
          {...req}
        />
        <TextField
          name="jobTitle"
          label={labels.jobTitle}
          autoComplete="organization-title"
          defaultValue={value("jobTitle")}
          errors={errors.jobTitle}
          {...req}
        />
        <RadioGroup
          name="isLegalRepresentative"
          legend={labels.isLegalRepresentative}
          hint={t("representative.hint")}
          options={[
            { value: "yes", label: t("representative.yes") },
            { value: "no", label: t("representative.no") },
          ]}
          value={representative}
          errors={errors.isLegalRepresentative}
          onChange={setRepresentative}
        />
      </fieldset>

      {/* Rendered always and shown by CSS once "no" is checked (globals.css), so that the
          upload neither shows before the question is answered nor needs JavaScript. */}
      <fieldset className="when-not-representative mt-6 border-l-4 border-primary pl-4" data-testid="authorisation-step">
        <legend className="text-xl font-bold">{t("authorisation.legend")}</legend>
        <p className="mt-2">{t("authorisation.intro")}</p>
        <p className="mt-2">
          <a href="/api/authorisation-form" download onClick={(e) => prefillHref(e.currentTarget)} data-testid="prefilled-form">
            {t("authorisation.download")}
          </a>
        </p>
        {documentName && <p className="mt-2 text-ink-soft">{t("authorisation.onFile", { name: documentName })}</p>}
        <div className={`my-5 ${errors.authorisation?.length ? "border-l-2 border-error pl-3" : ""}`}>
          <label htmlFor={fieldId("authorisation")} className="block font-medium">
            {labels.authorisation}
            {!documentName && (
              <span className="text-error" aria-hidden="true">
                {" "}
                *
              </span>
            )}
          </label>
          <p id={`${fieldId("authorisation")}-hint`} className="mt-1 text-sm text-ink-mute">
            {t("authorisation.fileHint")}
            {failed && ` ${t("authorisation.reselect")}`}
          </p>
          <FileInput
            id={fieldId("authorisation")}
            name="authorisation"
            accept="application/pdf,.pdf"
            invalid={Boolean(errors.authorisation?.length)}
            describedBy={[`${fieldId("authorisation")}-hint`, errors.authorisation?.length ? `${fieldId("authorisation")}-error` : null]
              .filter(Boolean)
              .join(" ")}
          />
          {errors.authorisation?.length ? (
            <p id={`${fieldId("authorisation")}-error`} className="mt-2 text-sm text-error">
              {errors.authorisation.join(" ")}
            </p>
          ) : null}
        </div>
      </fieldset>
    </>
  );
}

/** The terms-of-use checkbox, with a link to read them. */
export function TermsCheckbox({ version, checked, errors }: { version: string; checked: boolean; errors?: string[] }) {
  const t = useTranslations("accountRequest");
  return (
    <fieldset className={`my-6 ${errors?.length ? "border-l-2 border-error pl-3" : ""}`}>
      <legend className="text-xl font-bold">{t("terms.legend")}</legend>
      <p className="mt-2">
        <Link href="/terms" target="_blank" rel="noopener">
          {t("terms.link")}
        </Link>
      </p>
      <div className="mt-3 flex items-start gap-2">
        <input
          type="checkbox"
          id={fieldId("acceptTerms")}
          name="acceptTerms"
          defaultChecked={checked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${fieldId("acceptTerms")}-error` : undefined}
          className="mt-1 size-4"
        />
        <label htmlFor={fieldId("acceptTerms")}>
          {t("terms.accept", { version })}
          <span className="text-error" aria-hidden="true">
            {" "}
            *
          </span>
        </label>
      </div>
      {errors?.length ? (
        <p id={`${fieldId("acceptTerms")}-error`} className="mt-2 text-sm text-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
