"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format/number";
import type { PublicCounts } from "@/lib/stats/public-counts";

const KEYS = ["companies", "users", "products"] as const;

/**
 * The landing page's figures, asked for by the browser (/api/public-counts): the page is the
 * same HTML for everyone, built once, while the figures change. The server counts at most
 * every PUBLIC_COUNTS_CACHE_SECONDS (0 in e2e: read on every visit).
 */
export function LandingCounts() {
  const t = useTranslations("landing.counts");
  const locale = useLocale();
  const [counts, setCounts] = useState<PublicCounts | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/public-counts")
      .then((response) => (response.ok ? (response.json() as Promise<PublicCounts>) : null))
      .then((value) => live && value && setCounts(value))
      .catch(() => undefined); // The figures are a bonus: without them the page still reads.
    return () => {
      live = false;
    };
  }, []);
  return (
    <dl className="mt-6 grid gap-6 md:grid-cols-3" aria-busy={counts ? undefined : true}>
      {KEYS.map((key) => (
        <div key={key} className="flex flex-col-reverse">
          {/* Before the figures arrive, the plural form ("companies") with a dash. */}
          <dt className="text-ink-soft">{t(key, { count: counts ? counts[key] : 2 })}</dt>
          <dd className="text-4xl font-bold text-primary" data-testid={`count-${key}`} data-value={counts?.[key]}>
            {counts ? formatNumber(counts[key], locale) : "—"}
          </dd>
        </div>
      ))}
    </dl>
  );
}
