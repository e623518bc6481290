"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import type { PlanLine, StoredLine } from "@/lib/plans/model";
import type { SaveLineResult } from "@/lib/plans/save";
import { saveLineAction } from "../actions";
import type { LineLabels, Option } from "./plan-lines";

type Values = { plannedLevel: string; plannedQuarter: string; ownerId: string; note: string };
type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; current: StoredLine | null };

const valuesOf = (l: Pick<PlanLine, "plannedLevel" | "plannedQuarter" | "ownerId" | "note">): Values => ({
  plannedLevel: String(l.plannedLevel),
  plannedQuarter: l.plannedQuarter,
  ownerId: l.ownerId ?? "",
  note: l.note ?? "",
});

type Props = {
  subject: string;
  line: PlanLine;
  title: string;
  reference: string;
  levels: Option[];
  quarters: Option[];
  owners: Option[];
  labels: LineLabels;
  canEdit: boolean;
  selected: boolean;
  onSelect: (checked: boolean) => void;
  onSaved: () => void;
  planRevision: () => number;
};

/**
 * One commitment, saved as soon as a choice changes (the note when the field is left). A save
 * names the line's revision; when someone saved the line meanwhile, nothing is overwritten:
 * the user's values stay in the fields and the saved ones are shown beside them.
 */
export function PlanRow({
  subject,
  line,
  title,
  reference,
  levels,
  quarters,
  owners,
  labels,
  canEdit,
  selected,
  onSelect,
  onSaved,
  planRevision,
}: Props) {
  const [values, setValues] = useState<Values>(() => valuesOf(line));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const base = useRef(line.revision);
  const dirty = useRef(false);
  const saved = useRef(valuesOf(line));
  const id = line.requirementId;

  // Someone else's change (a bulk change, a refresh): follow it unless the user has unsaved edits.
  useEffect(() => {
    if (dirty.current || line.revision === base.current) return;
    base.current = line.revision;
    saved.current = valuesOf(line);
    setValues(valuesOf(line));
  }, [line]);

  async function save(next: Values) {
    dirty.current = true;
    setStatus({ kind: "saving" });
    const form = new FormData();
    form.set("subject", subject);
    form.set("requirementId", id);
    form.set("baseRevision", String(base.current));
    form.set("knownRevision", String(planRevision()));
    for (const [k, v] of Object.entries(next)) form.set(k, v);
    let result: ActionResult<SaveLineResult>;
    try {
      result = await saveLineAction(null, form);
    } catch {
      setStatus({ kind: "error", message: labels.offline });
      return;
    }
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setStatus({ kind: "error", message: result.message });
      return;
    }
    setFieldErrors({});
    if (result.data.status === "conflict") {
      setStatus({ kind: "conflict", current: result.data.current });
      return;
    }
    base.current = result.data.line.revision;
    saved.current = next;
    dirty.current = false;
    setStatus({ kind: "saved" });
    onSaved();
  }

  function change(field: keyof Values, value: string, now = true) {
    const next = { ...values, [field]: value };
    setValues(next);
    dirty.current = true;
    if (now && status.kind !== "conflict") void save(next);
  }

  function resolve(keep: boolean) {
    if (status.kind !== "conflict") return;
    base.current = status.current?.revision ?? 0;
    if (keep) void save(values);
    else {
      const theirs = status.current ? valuesOf(status.current) : valuesOf(line);
      saved.current = theirs;
      dirty.current = false;
      setValues(theirs);
      setStatus({ kind: "idle" });
      onSaved();
    }
  }

  const fid = (f: string) => `${id}-${f}`;
  const err = (f: string) => fieldErrors[f]?.[0];
  const described = (f: string) => (err(f) ? `${fid(f)}-error` : undefined);
  const levelOptions = levels.filter((l) => Number(l.value) >= line.currentLevel);
  const quarterOptions = quarters.some((q) => q.value === values.plannedQuarter)
    ? quarters
    : [{ value: values.plannedQuarter, label: values.plannedQuarter }, ...quarters];
  const ownerName = (ownerId: string | null) => owners.find((o) => o.value === ownerId)?.label ?? labels.noOwner;
  const control = "w-full border border-line-strong bg-surface px-2 py-1 disabled:bg-surface-alt";

  // A choice's visible name is the column's ("Porteur"); its accessible name adds the line
  // ("Porteur de INT-CISIS-01"), which starts with the visible one.
  const field = (name: "plannedLevel" | "plannedQuarter" | "ownerId", shown: string, full: string, options: Option[]) => (
    <div>
      <label htmlFor={fid(name)} className="block text-sm text-ink-soft">
        <span aria-hidden="true">{shown}</span>
        <span className="sr-only">{full.replace("{id}", id)}</span>
      </label>
      <select
        id={fid(name)}
        value={values[name]}
        disabled={!canEdit}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={described(name)}
        onChange={(e) => change(name, e.target.value)}
        className={control}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {err(name) && (
        <p id={`${fid(name)}-error`} className="text-sm text-error">
          {err(name)}
        </p>
      )}
    </div>
  );

  return (
    <tr className="border-b border-line align-top" data-testid={`line-${id}`}>
      <td className="py-2 pr-2">
        {canEdit && (
          <input
            type="checkbox"
            aria-label={labels.select.replace("{id}", id)}
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            className="h-5 w-5"
          />
        )}
      </td>
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <span className="font-mono font-bold">{id}</span>{" "}
        <span className="text-sm">{line.mandatory ? labels.mandatory : labels.optional}</span>
        <span className="block">{title}</span>
        <span className="block text-sm text-ink-mute">{reference}</span>
      </th>
      <td className="py-2 pr-3">{levels[line.currentLevel]?.label}</td>
      <td className="py-2 pr-3">{labels.targetBy[id]}</td>
      {/* The three choices stacked in one column, each with its visible name: side by side in
          three columns at 1280 px the selects were cut ("3 — Réalis…"). */}
      <td className="min-w-[14rem] py-2 pr-3">
        <div className="flex flex-col gap-2">
          {field("plannedLevel", labels.columns.planned, labels.plannedFor, levelOptions)}
          {field("plannedQuarter", labels.columns.quarter, labels.quarterFor, quarterOptions)}
          {field("ownerId", labels.columns.owner, labels.ownerFor, [
            { value: "", label: labels.noOwner },
            ...(values.ownerId && !owners.some((o) => o.value === values.ownerId)
              ? [{ value: values.ownerId, label: labels.formerOwner }]
              : []),
            ...owners,
          ])}
        </div>
      </td>
      <td className="min-w-[10rem] py-2 pr-3">
        <label htmlFor={fid("note")} className="sr-only">
          {labels.noteFor.replace("{id}", id)}
        </label>
        <textarea
          id={fid("note")}
          value={values.note}
          disabled={!canEdit}
          rows={2}
          maxLength={2000}
          aria-invalid={err("note") ? true : undefined}
          aria-describedby={described("note")}
          onChange={(e) => change("note", e.target.value, false)}
          onBlur={() => values.note !== saved.current.note && status.kind !== "conflict" && void save(values)}
          className={control}
        />
        {err("note") && (
          <p id={`${fid("note")}-error`} className="text-sm text-error">
            {err("note")}
          </p>
        )}
      </td>
      <td className="py-2">
        <span className="font-bold" data-testid={`state-${id}`}>
          {labels.states[line.state]}
        </span>
        <span role="status" className="block text-sm">
          {status.kind === "saving" && labels.saving}
          {status.kind === "saved" && labels.saved}
          {status.kind === "error" && <span className="text-error">{status.message}</span>}
        </span>
        {status.kind === "conflict" && (
          <div role="alert" className="mt-1 border-l-4 border-warning bg-warning-light p-2 text-sm">
            <p>{labels.conflictTitle}</p>
            <p>
              {labels.conflictTheirs
                .replace("{level}", String(status.current?.plannedLevel ?? line.plannedLevel))
                .replace(
                  "{quarter}",
                  quarters.find((q) => q.value === status.current?.plannedQuarter)?.label ?? status.current?.plannedQuarter ?? "",
                )
                .replace("{owner}", ownerName(status.current?.ownerId ?? null))}
            </p>
            <p className="mt-1 flex flex-wrap gap-2">
              <button type="button" className="underline" onClick={() => resolve(true)}>
                {labels.keepMine}
              </button>
              <button type="button" className="underline" onClick={() => resolve(false)}>
                {labels.useTheirs}
              </button>
            </p>
          </div>
        )}
      </td>
    </tr>
  );
}
