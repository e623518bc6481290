"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import type { PlanLine } from "@/lib/plans/model";
import { bulkAction } from "../actions";
import { PlanRow } from "./plan-row";

export type Option = { value: string; label: string };

export type LineLabels = {
  select: string;
  plannedFor: string;
  quarterFor: string;
  ownerFor: string;
  noteFor: string;
  mandatory: string;
  optional: string;
  noOwner: string;
  formerOwner: string;
  saving: string;
  saved: string;
  offline: string;
  conflictTitle: string;
  conflictTheirs: string;
  keepMine: string;
  useTheirs: string;
  states: Record<PlanLine["state"], string>;
  /** "3 — Done by 31 December 2025", per requirement. */
  targetBy: Record<string, string>;
  columns: Record<
    "select" | "requirement" | "current" | "target" | "commitment" | "planned" | "quarter" | "owner" | "note" | "state",
    string
  >;
  caption: string;
  bulk: { legend: string; quarter: string; owner: string; keep: string; apply: string; none: string };
};

type Props = {
  subject: string;
  theme: string;
  lines: PlanLine[];
  requirements: Record<string, { title: string; reference: string }>;
  levels: Option[];
  quarters: Option[];
  owners: Option[];
  labels: LineLabels;
  canEdit: boolean;
  planRevision: number;
};

/** A theme's commitments: each line saves itself; selected lines can get a quarter or an owner at once. */
export function PlanLines({ subject, theme, lines, requirements, levels, quarters, owners, labels, canEdit, planRevision }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, bulkFormAction, bulkPending] = useActionState(
    async (prev: Awaited<ReturnType<typeof bulkAction>> | null, form: FormData) => {
      const result = await bulkAction(prev, form);
      if (result.ok) setSelected(new Set());
      return result;
    },
    null,
  );
  const revision = useRef(planRevision);
  useEffect(() => {
    revision.current = planRevision;
  }, [planRevision]);

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const bulkError = bulk && !bulk.ok ? bulk : null;
  const prefix = `bulk-${theme}`;

  return (
    <div>
      {canEdit && (
        <form action={bulkFormAction} className="mt-4 border border-line p-4" aria-describedby={bulkError ? `${prefix}-error` : undefined}>
          <fieldset>
            <legend className="font-bold">
              {labels.bulk.legend} ({selected.size})
            </legend>
            <input type="hidden" name="subject" value={subject} />
            {lines
              .filter((l) => selected.has(l.requirementId))
              .map((l) => (
                <input key={l.requirementId} type="hidden" name="line" value={`${l.requirementId}@${l.revision}`} />
              ))}
            <div className="mt-2 flex flex-wrap items-end gap-4">
              <div>
                <label htmlFor={`${prefix}-quarter`} className="block">
                  {labels.bulk.quarter}
                </label>
                <select id={`${prefix}-quarter`} name="plannedQuarter" className="border border-line-strong px-2 py-1">
                  <option value="">{labels.bulk.keep}</option>
                  {quarters.map((q) => (
                    <option key={q.value} value={q.value}>
                      {q.label}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${prefix}-owner`} className="block">
                  {labels.bulk.owner}
                </label>
                <select id={`${prefix}-owner`} name="ownerId" className="border border-line-strong px-2 py-1">
                  <option value="">{labels.bulk.keep}</option>
                  <option value="none">{labels.bulk.none}</option>
                  {owners.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                disabled={bulkPending}
                className="bg-primary px-4 py-2 text-white hover:bg-primary-hover disabled:opacity-60"
              >
                {labels.bulk.apply}
              </button>
            </div>
          </fieldset>
          <div role="status" className="mt-2">
            {bulk?.ok && <p>{bulk.message}</p>}
          </div>
          {bulkError && (
            <div id={`${prefix}-error`} role="alert" className="mt-2 text-error">
              <p>{bulkError.message}</p>
              {Object.values(bulkError.fieldErrors)
                .flat()
                .map((m) => (
                  <p key={m}>{m}</p>
                ))}
            </div>
          )}
        </form>
      )}
      {/* The table is wider than a phone: it scrolls inside this labelled, focusable region.
          `relative` keeps the visually hidden labels (position: absolute) inside it: without
          it they are placed against the page, where the table's far columns would sit, and
          the whole page scrolled sideways (787 px wide at 390). */}
      <div className="relative mt-4 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={labels.caption}>
        <table className="w-full min-w-[60rem] border-collapse">
          <caption className="sr-only">{labels.caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-2">
                <span className="sr-only">{labels.columns.select}</span>
              </th>
              <th scope="col" className="py-2 pr-3">
                {labels.columns.requirement}
              </th>
              <th scope="col" className="py-2 pr-3">
                {labels.columns.current}
              </th>
              <th scope="col" className="py-2 pr-3">
                {labels.columns.target}
              </th>
              <th scope="col" className="py-2 pr-3">
                {labels.columns.commitment}
              </th>
              <th scope="col" className="py-2 pr-3">
                {labels.columns.note}
              </th>
              <th scope="col" className="py-2">
                {labels.columns.state}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <PlanRow
                key={l.requirementId}
                subject={subject}
                line={l}
                title={requirements[l.requirementId]?.title ?? ""}
                reference={requirements[l.requirementId]?.reference ?? ""}
                levels={levels}
                quarters={quarters}
                owners={owners}
                labels={labels}
                canEdit={canEdit}
                selected={selected.has(l.requirementId)}
                onSelect={(on) => toggle(l.requirementId, on)}
                onSaved={() => router.refresh()}
                planRevision={() => revision.current}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
