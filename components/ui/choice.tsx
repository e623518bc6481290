import type { ReactNode } from "react";
import { describedBy, errorBorder, FieldError, FieldHint, fieldId, RequiredMark } from "./field";

// Radio groups and checkboxes in the house form pattern: a legend above, the hint under it,
// the error under the options, all tied to the controls with aria-describedby.

type GroupProps = { name: string; legend: string; hint?: string; errors?: string[]; required?: boolean; children: ReactNode };

export function ChoiceGroup({ name, legend, hint, errors, required, children }: GroupProps) {
  return (
    <fieldset className={`my-5 ${errorBorder(errors)}`} aria-describedby={describedBy(name, hint, errors)}>
      <legend className="font-medium">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint name={name} hint={hint} />
      <div className="mt-2 space-y-2">{children}</div>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}

type OptionProps = {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  label: ReactNode;
  hint?: string;
  /** The first option carries the field's id, so that the error summary can link to it. */
  first?: boolean;
  invalid?: boolean;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
};

export function ChoiceOption({ type, name, value, label, hint, first, invalid, checked, defaultChecked, onChange }: OptionProps) {
  const id = first ? fieldId(name) : `${fieldId(name)}-${value}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        defaultChecked={defaultChecked}
        onChange={onChange ? (e) => onChange(e.target.checked) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-5 accent-primary"
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-ink-mute">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** A single yes/no checkbox with its own error line. */
export function CheckboxField({
  name,
  label,
  defaultChecked,
  errors,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  errors?: string[];
}) {
  return (
    <div className={`my-5 ${errors?.length ? "border-l-2 border-error pl-3" : ""}`}>
      <div className="flex items-start gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${fieldId(name)}-error` : undefined}
          className="mt-1 size-5 accent-primary"
        />
        <label htmlFor={fieldId(name)} className="font-medium">
          {label}
        </label>
      </div>
      {errors?.length ? (
        <p id={`${fieldId(name)}-error`} className="mt-2 text-sm text-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
