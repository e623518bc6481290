import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { fieldId } from "@/components/ui/field";

/**
 * The filter bar of a server-driven table: a GET form (works without JavaScript) with a
 * free-text search and the table's own filters as children. Applying filters resets paging.
 */
export function TableFilters(props: {
  action: string;
  searchLabel: string;
  searchHint?: string;
  q: string;
  applyLabel: string;
  resetLabel: string;
  keep?: Record<string, string>;
  children?: ReactNode;
}) {
  return (
    <form method="get" action={props.action} role="search" className="my-4 flex flex-wrap items-end gap-4">
      {Object.entries(props.keep ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="min-w-60 grow">
        <label htmlFor={fieldId("q")} className="block font-medium">
          {props.searchLabel}
        </label>
        {props.searchHint && (
          <p id={`${fieldId("q")}-hint`} className="text-sm text-ink-mute">
            {props.searchHint}
          </p>
        )}
        <input
          id={fieldId("q")}
          name="q"
          type="search"
          defaultValue={props.q}
          aria-describedby={props.searchHint ? `${fieldId("q")}-hint` : undefined}
          className="mt-1 block w-full border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
        />
      </div>
      {props.children}
      <button type="submit" className={buttonClass("primary")}>
        {props.applyLabel}
      </button>
      <Link href={props.action} className={buttonClass("tertiary")}>
        {props.resetLabel}
      </Link>
    </form>
  );
}

/** A compact select for the filter bar. */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  allLabel: string;
}) {
  return (
    <div>
      <label htmlFor={fieldId(props.name)} className="block font-medium">
        {props.label}
      </label>
      <select
        id={fieldId(props.name)}
        name={props.name}
        defaultValue={props.value}
        className="mt-1 block border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
