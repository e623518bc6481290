import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ThemeEvaluationStatus } from "@/lib/evaluations/status";
import { formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** A theme's state with the link to start, continue or read its evaluation. */
export async function ThemeStatusCell({
  status: s,
  productId,
  label,
}: {
  status: ThemeEvaluationStatus;
  productId: string | null;
  label: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>]);
  const score = s.score === null ? null : formatScore(s.score, locale);
  const start = `/evaluations/start?theme=${s.theme}${productId ? `&product=${productId}` : ""}`;
  return (
    <div>
      <p>
        {t(`statuses.${s.status}`)}
        {score !== null && <span className="text-ink-soft"> · {t("overview.lastScore", { score })}</span>}
      </p>
      <p className="mt-1">
        {s.evaluationId ? (
          <Link href={`/evaluations/${s.evaluationId}`}>
            {t(s.status === "validated" ? "overview.open" : "overview.continue")}
            <span className="sr-only"> — {label}</span>
          </Link>
        ) : (
          <Link href={start}>
            {t("overview.start")}
            <span className="sr-only"> — {label}</span>
          </Link>
        )}
      </p>
    </div>
  );
}
