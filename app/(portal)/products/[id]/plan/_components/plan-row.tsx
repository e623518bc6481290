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
      <td className="py-2 pr-3">
        <label htmlFor={fid("plannedLevel")} className="sr-only">
          {labels.plannedFor.replace("{id}", id)}
        </label>
        <select
          id={fid("plannedLevel")}
          value={values.plannedLevel}
          disabled={!canEdit}
          aria-invalid={err("plannedLevel") ? true : undefined}
          aria-describedby={described("plannedLevel")}
          onChange={(e) => change("plannedLevel", e.target.value)}
          className={control}
        >
          {levelOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {err("plannedLevel") && (
          <p id={`${fid("plannedLevel")}-error`} className="text-sm text-error">
            {err("plannedLevel")}
          </p>
        )}
      </td>
      <td className="py-2 pr-3">
        <label htmlFor={fid("plannedQuarter")} className="sr-only">
          {labels.quarterFor.replace("{id}", id)}
        </label>
        <select
          id={fid("plannedQuarter")}
          value={values.plannedQuarter}
          disabled={!canEdit}
          aria-invalid={err("plannedQuarter") ? true : undefined}
          aria-describedby={described("plannedQuarter")}
          onChange={(e) => change("plannedQuarter", e.target.value)}
          className={control}
        >
          {quarterOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {err("plannedQuarter") && (
          <p id={`${fid("plannedQuarter")}-error`} className="text-sm text-error">
            {err("plannedQuarter")}
          </p>
        )}
      </td>
      <td className="py-2 pr-3">
        <label htmlFor={fid("ownerId")} className="sr-only">
          {labels.ownerFor.replace("{id}", id)}
        </label>
        <select
          id={fid("ownerId")}
          value={values.ownerId}
          disabled={!canEdit}
          aria-invalid={err("ownerId") ? true : undefined}
          aria-describedby={described("ownerId")}
          onChange={(e) => change("ownerId", e.target.value)}
          className={control}
        >
          <option value="">{labels.noOwner}</option>
          {values.ownerId && !owners.some((o) => o.value === values.ownerId) && (
            <option value={values.ownerId}>{labels.formerOwner}</option>
          )}
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {err("ownerId") && (
          <p id={`${fid("ownerId")}-error`} className="text-sm text-error">
            {err("ownerId")}
          </p>
        )}
      </td>
      <td className="py-2 pr-3">
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
