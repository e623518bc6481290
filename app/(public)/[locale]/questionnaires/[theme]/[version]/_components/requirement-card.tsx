import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import type { Qualifier, Requirement } from "@/lib/questionnaires/schema";
import { conditionText } from "./condition-text";

export async function RequirementCard({ requirement: r, qualifiers }: { requirement: Requirement; qualifiers: Map<string, Qualifier> }) {
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale().then(parseLocale)]);
  return (
    <article id={r.id} aria-labelledby={`${r.id}-title`} className="my-4 scroll-mt-4 border border-line p-4">
      <p className="font-mono text-sm text-ink-soft">{r.id}</p>
      <h4 id={`${r.id}-title`} className="mt-1 text-lg font-bold">
        {r.title[locale]}
      </h4>
      <p className="mt-1">
        <span
          className={`inline-block px-2 py-0.5 text-sm ${r.mandatory ? "bg-error-light text-error" : "bg-surface-raised text-ink-soft"}`}
        >
          {r.mandatory ? t("mandatory") : t("optional")}
        </span>
      </p>
      <p className="mt-2">{r.description[locale]}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm md:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("target")}</dt>
        <dd>{t("targetValue", { level: r.target.level, date: formatDate(r.target.by, locale) })}</dd>
        <dt className="font-medium">{t("appliesWhen")}</dt>
        <dd>
          {r.applicableIf
            ? conditionText(r.applicableIf, qualifiers, locale, { yes: t("yes"), no: t("no"), and: t("and"), or: t("or") })
            : t("alwaysApplies")}
        </dd>
        <dt className="font-medium">{t("reference")}</dt>
        <dd>{r.reference.url ? <a href={r.reference.url}>{r.reference.label}</a> : r.reference.label}</dd>
        <dt className="font-medium">{t("evidence")}</dt>
        <dd>{r.evidence[locale]}</dd>
        <dt className="font-medium">{t("done")}</dt>
        <dd>{r.done[locale]}</dd>
        <dt className="font-medium">{t("verified")}</dt>
        <dd>{r.verified[locale]}</dd>
      </dl>
    </article>
  );
}
