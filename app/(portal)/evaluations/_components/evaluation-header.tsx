import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { productLabeller } from "@/lib/products/label-server";
import type { EvaluationView } from "@/lib/evaluations/load";
import type { Locale } from "@/lib/i18n/locales";

type Tab = "answer" | "results" | "history";

/** Title, subject, version and status of an evaluation, with the tabs between its pages. */
export async function EvaluationHeader({
  evaluation: e,
  current,
}: {
  evaluation: Pick<EvaluationView, "id" | "theme" | "version" | "status" | "product" | "questionnaire">;
  current: Tab;
}) {
  const [t, locale, productLabel] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>, productLabeller()]);
  const back = e.product
    ? { href: `/products/${e.product.id}`, label: t("header.backToProduct") }
    : { href: "/strategy", label: t("header.backToStrategy") };
  const tabs: { key: Tab; href: string; label: string }[] = [
    { key: "answer", href: `/evaluations/${e.id}`, label: t("tabs.answer") },
    { key: "results", href: `/evaluations/${e.id}/results`, label: t("tabs.results") },
    { key: "history", href: `/evaluations/${e.id}/history`, label: t("tabs.history") },
  ];
  return (
    <div>
      <p className="flex flex-wrap gap-4">
        <Link href={back.href}>{back.label}</Link>
        <Link href="/evaluations">{t("header.allEvaluations")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{e.questionnaire.title[locale]}</h1>
      <p className="mt-2 text-xl">{e.product ? productLabel(e.product) : t("header.company")}</p>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <span>{t("header.version", { version: e.version })}</span>
        <span
          className={`px-2 py-0.5 text-sm font-medium ${e.status === "validated" ? "bg-success-light text-success" : "bg-info-light text-info"}`}
        >
          {t(`statuses.${e.status}`)}
        </span>
      </p>
      <nav aria-label={t("tabs.label")} className="mt-6 border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={`inline-block px-4 py-2 no-underline ${tab.key === current ? "border-b-4 border-primary font-bold text-primary" : "text-ink"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
