import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { searchDirectory } from "@/lib/support/search";
import { requireAgencyPage } from "@/lib/support/page-access";
import { hitHref } from "./_components/hit-link";
import { SupportSearch } from "./_components/support-search";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supportDesk"))("title") };
}

/** The support console: one search over companies and people; results also listed server-side. */
export default async function SupportHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAgencyPage("support", "/support");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const [t, hits] = await Promise.all([getTranslations("supportDesk"), q.trim() ? searchDirectory(user, q) : Promise.resolve([])]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <SupportSearch initialQuery={q} />
      {q.trim() && (
        <section aria-labelledby="results-title" className="mt-8">
          <h2 id="results-title" className="text-2xl font-bold">
            {t("search.resultsFor", { query: q.trim() })}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-2">{t("search.noResults")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-line">
              {hits.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`} className="py-2">
                  <Link href={hitHref(hit)} className="font-medium">
                    {hit.label}
                  </Link>{" "}
                  <span className="text-xs text-ink-mute uppercase">{t(`search.kinds.${hit.kind}`)}</span>
                  <span className="block text-sm break-all text-ink-soft">{hit.detail}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="mt-8">
        <Link href="/support/messages">{t("messagesLink")}</Link>
      </p>
    </div>
  );
}
