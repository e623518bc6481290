"use client";

import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Section } from "@/lib/questionnaires/schema";

export type SectionLink = { section: Section; progress: string };

type Props = {
  links: SectionLink[];
  current: string;
  locale: Locale;
  hrefOf: (sectionId: string) => string;
  onNavigate: (event: React.MouseEvent<HTMLAnchorElement>, href: string) => void;
};

/** Every section with its progress; the open one is marked for screen readers (aria-current). */
export function SectionNav({ links, current, locale, hrefOf, onNavigate }: Props) {
  const t = useTranslations("evaluations.answering");
  return (
    <nav aria-labelledby="sections-nav" className="mt-6">
      <h2 id="sections-nav" className="text-xl font-bold">
        {t("sections")}
      </h2>
      <ol className="mt-2 ml-6 list-decimal space-y-1">
        {links.map(({ section, progress }) => {
          const here = section.id === current;
          const href = hrefOf(section.id);
          return (
            <li key={section.id}>
              <a
                href={href}
                aria-current={here ? "page" : undefined}
                className={here ? "font-bold no-underline" : undefined}
                onClick={(event) => onNavigate(event, href)}
              >
                {section.title[locale]}
              </a>{" "}
              <span className="text-sm text-ink-soft">{progress}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Previous and next section, under the open one. */
export function SectionPager({ links, current, locale, hrefOf, onNavigate }: Props) {
  const t = useTranslations("evaluations.answering");
  const at = links.findIndex((l) => l.section.id === current);
  const previous = at > 0 ? links[at - 1].section : null;
  const next = at >= 0 && at < links.length - 1 ? links[at + 1].section : null;
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("sectionPager")} className="mt-8 flex flex-wrap justify-between gap-4 border-t border-line pt-4">
      {previous ? (
        <a href={hrefOf(previous.id)} rel="prev" onClick={(event) => onNavigate(event, hrefOf(previous.id))}>
          <span aria-hidden="true">← </span>
          {t("previousSection", { title: previous.title[locale] })}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={hrefOf(next.id)} rel="next" onClick={(event) => onNavigate(event, hrefOf(next.id))}>
          {t("nextSection", { title: next.title[locale] })}
          <span aria-hidden="true"> →</span>
        </a>
      )}
    </nav>
  );
}
