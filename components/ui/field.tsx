import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// `required` shows the asterisk explained by the form's legend and sets the native
// attribute, which assistive technologies announce.
type Common = { name: string; label: string; hint?: string; errors?: string[]; required?: boolean };

export function fieldId(name: string): string {
  return `field-${name}`;
}

export function describedBy(name: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, errors?.length ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const CONTROL = "block w-full border-0 border-b-2 bg-surface-raised px-3 py-2 text-ink";

function controlClass(errors?: string[]): string {
  return `${CONTROL} ${errors?.length ? "border-error" : "border-ink-soft"}`;
}

/** The pieces every field shares, also used by the radio and checkbox groups. */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span className="text-error" aria-hidden="true">
      {" "}
      *
    </span>
  ) : null;
}

export function FieldHint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p id={`${fieldId(name)}-hint`} className="mt-1 text-sm text-ink-mute">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={`${fieldId(name)}-error`} className="mt-2 text-sm text-error">
      {errors.join(" ")}
    </p>
  ) : null;
}

export function errorBorder(errors?: string[]): string {
  return errors?.length ? "border-l-2 border-error pl-3" : "";
}

/** Label above, hint under the label, error under the field, all tied to the control. */
function FieldShell({ name, label, hint, errors, required, children }: Common & { children: ReactNode }) {
  return (
    <div className={`my-5 ${errorBorder(errors)}`}>
      <label htmlFor={fieldId(name)} className="block font-medium">
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint name={name} hint={hint} />
      <div className="mt-2">{children}</div>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function TextField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { name, label, hint, errors, required, ...rest } = props;
  return (
    <FieldShell {...{ name, label, hint, errors, required }}>
      <input
        id={fieldId(name)}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClass(errors)}
        {...rest}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { name, label, hint, errors, required, ...rest } = props;
  return (
    <FieldShell {...{ name, label, hint, errors, required }}>
      <textarea
        id={fieldId(name)}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClass(errors)}
        rows={6}
        {...rest}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: Common &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: { value: string; label: string }[]; placeholder?: string },
) {
  const { name, label, hint, errors, required, options, placeholder, ...rest } = props;
  return (
    <FieldShell {...{ name, label, hint, errors, required }}>
      <select
        id={fieldId(name)}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClass(errors)}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
