"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { hitHref } from "./hit-link";

type Hit = { kind: "company" | "user"; id: string; label: string; detail: string; rank: number };

const DEBOUNCE_MS = 200;

/**
 * The WAI-ARIA combobox pattern (list autocomplete): results as you type after a short
 * pause, arrow keys move the active option (aria-activedescendant), Enter opens it, Escape
 * closes the list, and a polite live region says how many results came. Without
 * JavaScript the form still submits to /support?q=, which lists the same results.
 */
export function SupportSearch({ initialQuery }: { initialQuery: string }) {
  const t = useTranslations("supportDesk.search");
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState("");
  const abort = useRef<AbortController | null>(null);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Debounced in the change handler: each keystroke cancels the pending lookup, and a newer
  // request aborts an older one still in flight.
  function onChange(value: string) {
    setQuery(value);
    if (timer.current) clearTimeout(timer.current);
    const q = value.trim();
    if (q.length < 2) {
      abort.current?.abort();
      setHits([]);
      setOpen(false);
      setAnnounce("");
      return;
    }
    timer.current = setTimeout(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const response = await fetch(`/support/search?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { hits: Hit[] };
        setHits(body.hits);
        setActive(-1);
        setOpen(true);
        setAnnounce(body.hits.length ? t("count", { count: body.hits.length }) : t("noResults"));
      } catch {
        // An aborted request was replaced by a newer one.
      }
    }, DEBOUNCE_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      router.push(hitHref(hits[active]));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `support-hit-${i}`;
  return (
    <form action="/support" method="get" role="search" className="mt-6 max-w-2xl">
      <label htmlFor="support-q" className="block font-medium">
        {t("label")}
      </label>
      <p id="support-q-hint" className="mt-1 text-sm text-ink-mute">
        {t("hint")}
      </p>
      <div className="relative mt-2 flex gap-2">
        <input
          id="support-q"
          name="q"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && hits.length > 0}
          aria-controls="support-hits"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby="support-q-hint"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => hits.length && setOpen(true)}
          className="block w-full border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
        />
        <Button>{t("submit")}</Button>
        <ul
          id="support-hits"
          role="listbox"
          aria-label={t("resultsLabel")}
          hidden={!open || hits.length === 0}
          className="absolute top-full right-0 left-0 z-20 mt-1 max-h-96 overflow-auto border border-line-strong bg-surface shadow-lg"
        >
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                router.push(hitHref(hit));
              }}
              className={`cursor-pointer border-b border-line px-3 py-2 ${i === active ? "bg-primary-light outline-2 outline-primary" : ""}`}
            >
              <span className="font-medium">{hit.label}</span>{" "}
              <span className="text-xs text-ink-mute uppercase">{t(`kinds.${hit.kind}`)}</span>
              <span className="block text-sm break-all text-ink-soft">{hit.detail}</span>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
    </form>
  );
}
