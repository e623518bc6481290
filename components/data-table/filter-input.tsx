import { fieldId } from "@/components/ui/field";

/** A text or date field for a table's filter bar, its label above it and its hint tied to it. */
export function FilterInput(props: { name: string; label: string; value: string; type?: "text" | "date"; hint?: string }) {
  const id = fieldId(props.name);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-mute">
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        className="mt-1 block border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
      />
    </div>
  );
}
