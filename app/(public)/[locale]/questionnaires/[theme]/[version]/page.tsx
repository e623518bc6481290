import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { changesSincePrevious, publishedCatalogue, publishedQuestionnaire } from "@/lib/questionnaires/catalogue";
import { qualifiersOf } from "@/lib/questionnaires/schema";
import { RequirementCard } from "./_components/requirement-card";

type Params = { params: Promise<{ locale: string; theme: string; version: string }> };

// Every published version, in each language (the layout gives the languages), built once:
// a published version never changes, and any other address is a 404.
export const dynamicParams = false;
export function generateStaticParams() {
  return publishedCatalogue().flatMap(({ theme, versions }) => versions.map((v) => ({ theme, version: v.version })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, theme, version } = await params;
  const q = publishedQuestionnaire(theme, version);
  return { title: `${q.title[parseLocale(locale)]} ${q.version}` };
}

export default async function QuestionnaireVersionPage({ params }: Params) {
  const { theme, version } = await params;
  const locale = await pageLocale(params);
  const q = publishedQuestionnaire(theme, version);
  const t = await getTranslations("questionnaires");
  const qualifiers = new Map(qualifiersOf(q).map((x) => [x.id, x]));
  const changes = changesSincePrevious(q);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/questionnaires">{t("backToList")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("versionLink", { title: q.title[locale], version: q.version })}</h1>
      <p className="mt-2 text-ink-soft">{t("publishedOn", { date: formatDate(q.publishedAt, locale) })}</p>
      <p className="mt-4">{t("readOnly")}</p>

      {changes && (
        <section aria-labelledby="changes" className="mt-8 bg-info-light p-4">
          <h2 id="changes" className="text-xl font-bold">
            {t("changesTitle", { previous: changes.previous })}
          </h2>
          <ul className="mt-2 ml-6 list-disc">
            <li>
              {t("changesAdded", { count: changes.added.length })}{" "}
              {changes.added.map((id) => (
                <a key={id} href={`#${id}`} className="mr-2">
                  {id}
                </a>
              ))}
            </li>
            <li>
              {t("changesRemoved", { count: changes.removed.length })} {changes.removed.join(", ")}
            </li>
            <li>
              {t("changesReworded", { count: changes.reworded.length })}{" "}
              {changes.reworded.map((id) => (
                <a key={id} href={`#${id}`} className="mr-2">
                  {id}
                </a>
              ))}
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="scale" className="mt-8">
        <h2 id="scale" className="text-2xl font-bold">
          {t("scaleTitle")}
        </h2>
        <dl className="mt-4 grid gap-x-4 gap-y-2 md:grid-cols-[14rem_1fr]">
          {q.scale.levels.map((level) => (
            <div key={level.value} className="contents">
              <dt className="font-medium">
                {level.value} — {level.label[locale]}
              </dt>
              <dd className="text-ink-soft">{level.help[locale]}</dd>
            </div>
          ))}
          <dt className="font-medium">{q.scale.notConcerned.label[locale]}</dt>
          <dd className="text-ink-soft">{q.scale.notConcerned.help[locale]}</dd>
        </dl>
        <h3 className="mt-6 text-xl font-bold">{t("levelsTitle")}</h3>
        <ul className="mt-2 ml-6 list-disc">
          {q.levels.map((l) => (
            <li key={l.id}>{t("levelFrom", { label: l.label[locale], min: l.min })}</li>
          ))}
        </ul>
      </section>

      <nav aria-label={t("sectionsNav")} className="mt-8">
        <h2 className="text-2xl font-bold">{t("sectionsNav")}</h2>
        <ol className="mt-2 ml-6 list-decimal">
          {q.sections.map((s) => (
            <li key={s.id}>
              <a href={`#section-${s.id}`}>{s.title[locale]}</a>
            </li>
          ))}
        </ol>
      </nav>

      {q.sections.map((section) => (
        <section
          key={section.id}
          id={`section-${section.id}`}
          aria-labelledby={`section-${section.id}-title`}
          className="mt-10 scroll-mt-4"
        >
          <h2 id={`section-${section.id}-title`} className="text-2xl font-bold">
            {section.title[locale]}
          </h2>
          {section.items.some((i) => i.kind === "qualifier") && (
            <>
              <h3 className="mt-4 text-lg font-bold">{t("qualifiersTitle")}</h3>
              <ul className="mt-2 space-y-2">
                {section.items.map((item) =>
                  item.kind === "qualifier" ? (
                    <li key={item.id} className="bg-surface-alt p-3">
                      <p className="font-medium">{item.question[locale]}</p>
                      <p className="text-sm text-ink-soft">
                        {item.type === "boolean" ? `${t("yes")} / ${t("no")}` : item.options.map((o) => o.label[locale]).join(" · ")}
                        {item.type === "multiple" ? ` (${t("multiple")})` : ""}
                      </p>
                    </li>
                  ) : null,
                )}
              </ul>
            </>
          )}
          <h3 className="sr-only">{t("requirementsTitle")}</h3>
          {section.items.map((item) =>
            item.kind === "requirement" ? <RequirementCard key={item.id} requirement={item} qualifiers={qualifiers} /> : null,
          )}
        </section>
      ))}
    </div>
  );
}
