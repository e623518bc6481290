import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { guarded } from "@/lib/pages/guarded";
import { readRightsMatrix } from "@/lib/team/grants";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("rights.title") };
}

const TH = "py-2 pr-4 text-left";

/**
 * Who holds which right, one line per contributor, each with a link to edit that person's
 * rights. A grid with one column per product stopped being usable past a few products.
 */
export default async function RightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/team/rights");
  const matrix = (await guarded(readRightsMatrix(getDb(), user)))!;
  const [t, tc, tStatus, { saved }] = await Promise.all([
    getTranslations("team"),
    getTranslations("common"),
    getTranslations("team.status"),
    searchParams,
  ]);
  const savedCount = typeof saved === "string" && /^\d+$/.test(saved) ? Number(saved) : null;
  const active = new Set(matrix.products.map((p) => p.id));

  return (
    <div>
      <p>
        <Link href="/team">{t("member.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("rights.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("rights.intro")}</p>
      <ul className="mt-2 ml-6 max-w-3xl list-disc text-ink-soft">
        <li>{t("rights.legendDraft")}</li>
        <li>{t("rights.legendValidate")}</li>
        <li>{t("rights.legendResponsable")}</li>
      </ul>
      {savedCount !== null && <Notice tone="success">{t("rights.saved", { count: savedCount })}</Notice>}
      {matrix.contributors.length === 0 ? (
        <Notice tone="info">{t("rights.noContributor")}</Notice>
      ) : (
        // The title sits outside the scrolling box so that a phone shows it whole (a caption
        // is as wide as its table and scrolls away with it).
        <>
          <h2 id="rights-caption" className="mt-6 text-lg font-bold">
            {t("rights.caption")}
          </h2>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left" aria-labelledby="rights-caption">
              <thead>
                <tr className="border-b-2 border-ink align-bottom">
                  <th scope="col" className={TH}>
                    {t("rights.contributor")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("rights.createUsers")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("rights.createProducts")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("rights.strategy")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("rights.products")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {matrix.contributors.map((c) => {
                  const name = `${c.firstName} ${c.lastName}`;
                  const levels = Object.entries(c.products).filter(([id]) => active.has(id));
                  return (
                    <tr key={c.id} id={`member-${c.id}`} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        <span className="block font-medium">{name}</span>
                        <span className="block text-sm text-ink-mute">
                          {c.username} · {tStatus(c.status)}
                        </span>
                        <Link href={`/team/rights/${c.id}`} className="mt-1 inline-block">
                          {t("rights.editFor", { name })}
                        </Link>
                      </th>
                      <td className="py-2 pr-4">{tc(c.createUsers ? "yes" : "no")}</td>
                      <td className="py-2 pr-4">{tc(c.createProducts ? "yes" : "no")}</td>
                      <td className="py-2 pr-4">{t(`rights.levels.${c.strategy ?? "none"}`)}</td>
                      <td className="py-2 pr-4">
                        {t("rights.productsSummary", { granted: levels.length, total: active.size })}
                        {t("rights.validateCount", { count: levels.filter(([, l]) => l === "validate").length })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
