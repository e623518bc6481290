"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DEVICE_VALUES, OS_VALUES, OTHER, PRODUCT_KINDS, suggestedName, type ProductKind } from "@/lib/products/choices";
import type { FormValues } from "@/lib/products/form-values";
import { createProductAction, duplicateAsOptionAction, duplicateProductAction, updateProductAction } from "../actions";
import { BaseChoices, type BaseChoice } from "./base-choices";
import { CheckboxField, ChoiceGroup, ChoiceOption } from "@/components/ui/choice";
import { deviceLabel, osLabel } from "@/lib/products/label";
import { SuggestedName } from "./suggested-name";

export type ProductFormMode = "create" | "edit" | "duplicate" | "duplicateAsOption";

const ACTIONS = {
  create: createProductAction,
  edit: updateProductAction,
  duplicate: duplicateProductAction,
  duplicateAsOption: duplicateAsOptionAction,
};
const SUBMIT = { create: "create", edit: "save", duplicate: "duplicate", duplicateAsOption: "duplicateAsOption" } as const;

type Props = {
  mode: ProductFormMode;
  defaults: FormValues;
  /** Fixed by the page: the product's id (edit) or the source's id and kind (duplicates). */
  hidden: Record<string, string>;
  /** The kind when the form does not ask for it. */
  kind?: ProductKind;
  baseChoices: BaseChoice[];
  cancelHref: string;
};

export function ProductForm({ mode, defaults, hidden, kind: fixedKind, baseChoices, cancelHref }: Props) {
  const [state, action, pending] = useActionState(ACTIONS[mode], null);
  const values = state && !state.ok ? state.values : defaults;
  // key: a failed submit remounts the fields with what was typed (React resets forms after an action).
  return (
    <ProductFields
      key={JSON.stringify(values)}
      {...{ mode, hidden, fixedKind, baseChoices, cancelHref, pending }}
      action={action}
      values={values}
      state={state && !state.ok ? state : null}
    />
  );
}

type FieldsProps = Omit<Props, "defaults" | "kind"> & {
  fixedKind?: ProductKind;
  action: (formData: FormData) => void;
  values: FormValues;
  state: { message: string; fieldErrors: Record<string, string[]> } | null;
  pending: boolean;
};

function ProductFields({ mode, hidden, fixedKind, baseChoices, cancelHref, action, values, state, pending }: FieldsProps) {
  const t = useTranslations("products");
  const tc = useTranslations("common");
  const one = (name: string) => (Array.isArray(values[name]) ? "" : String(values[name] ?? ""));
  const [kind, setKind] = useState(fixedKind ?? one("kind"));
  const [name, setName] = useState(one("name"));
  const [os, setOs] = useState(one("os"));
  const [osOther, setOsOther] = useState(one("osOther"));
  const [device, setDevice] = useState(one("device"));
  const [deviceOther, setDeviceOther] = useState(one("deviceOther"));
  const errors = state?.fieldErrors ?? {};

  const osShown = os === OTHER ? osOther : os ? osLabel(t, os) : "";
  const deviceShown = device === OTHER ? deviceOther : device ? deviceLabel(t, device) : "";
  const suggestion = name.trim()
    ? suggestedName(
        name,
        { label: osShown, code: os === OTHER ? undefined : os },
        { label: deviceShown, code: device === OTHER ? undefined : device },
      )
    : "";
  const showBases = kind === "option" && mode !== "edit";
  const labels: Record<string, string> = {
    ...(mode === "create" ? { kind: t("fields.kind") } : {}),
    name: t("fields.name"),
    version: t("fields.version"),
    edition: t("fields.edition"),
    os: t("fields.os"),
    osOther: t("fields.osOther"),
    device: t("fields.device"),
    deviceOther: t("fields.deviceOther"),
    commercialName: t("fields.commercialName"),
    inCatalogue: t("fields.inCatalogue"),
    description: t("fields.description"),
    ...(showBases ? { baseIds: t("fields.baseIds") } : {}),
  };

  return (
    <form action={action} noValidate>
      {state && <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} />}
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <p className="text-sm text-ink-soft">{tc("requiredLegend")}</p>
      {mode === "create" && (
        <ChoiceGroup name="kind" legend={labels.kind} errors={errors.kind} required>
          {PRODUCT_KINDS.map((k, i) => (
            <ChoiceOption
              key={k}
              type="radio"
              name="kind"
              value={k}
              first={i === 0}
              label={t(`kinds.${k}`)}
              hint={t(`kindHints.${k}`)}
              checked={kind === k}
              onChange={() => setKind(k)}
              invalid={!!errors.kind}
            />
          ))}
        </ChoiceGroup>
      )}
      <TextField
        name="name"
        label={labels.name}
        hint={t("fields.nameHint")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={errors.name}
        maxLength={200}
        required
      />
      <TextField
        name="version"
        label={labels.version}
        hint={t("fields.versionHint")}
        defaultValue={one("version")}
        errors={errors.version}
        maxLength={50}
        required
      />
      <TextField
        name="edition"
        label={labels.edition}
        hint={t("fields.editionHint")}
        defaultValue={one("edition")}
        errors={errors.edition}
        maxLength={100}
      />
      <SelectField
        name="os"
        label={labels.os}
        placeholder={t("fields.osPlaceholder")}
        options={[...OS_VALUES, OTHER].map((v) => ({ value: v, label: t(`os.${v}`) }))}
        value={os}
        onChange={(e) => setOs(e.target.value)}
        errors={errors.os}
        required
      />
      {os === OTHER && (
        <TextField
          name="osOther"
          label={labels.osOther}
          value={osOther}
          onChange={(e) => setOsOther(e.target.value)}
          errors={errors.osOther}
          maxLength={60}
          required
        />
      )}
      <SelectField
        name="device"
        label={labels.device}
        placeholder={t("fields.devicePlaceholder")}
        options={[...DEVICE_VALUES, OTHER].map((v) => ({ value: v, label: t(`devices.${v}`) }))}
        value={device}
        onChange={(e) => setDevice(e.target.value)}
        errors={errors.device}
        required
      />
      {device === OTHER && (
        <TextField
          name="deviceOther"
          label={labels.deviceOther}
          value={deviceOther}
          onChange={(e) => setDeviceOther(e.target.value)}
          errors={errors.deviceOther}
          maxLength={60}
          required
        />
      )}
      <SuggestedName suggestion={suggestion} onUse={setName} />
      <TextField
        name="commercialName"
        label={labels.commercialName}
        hint={t("fields.commercialNameHint")}
        defaultValue={one("commercialName")}
        errors={errors.commercialName}
        maxLength={200}
      />
      <CheckboxField
        name="inCatalogue"
        label={labels.inCatalogue}
        defaultChecked={one("inCatalogue") === "on"}
        errors={errors.inCatalogue}
      />
      <TextAreaField
        name="description"
        label={labels.description}
        hint={t("fields.descriptionHint")}
        defaultValue={one("description")}
        errors={errors.description}
        maxLength={5000}
      />
      {showBases &&
        (baseChoices.length ? (
          <BaseChoices choices={baseChoices} selected={[values.baseIds ?? []].flat()} errors={errors.baseIds} />
        ) : (
          <Notice tone="warning">{t("noBases")}</Notice>
        ))}
      <div className="mt-6 flex flex-wrap gap-4">
        <Button disabled={pending}>{t(`form.${SUBMIT[mode]}`)}</Button>
        <Link href={cancelHref} className={buttonClass("tertiary")}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
