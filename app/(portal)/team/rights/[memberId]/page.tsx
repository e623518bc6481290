import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { guarded } from "@/lib/pages/guarded";
import { productLabeller } from "@/lib/products/label-server";
import { readMemberRights } from "@/lib/team/grants";
import { RightsForm } from "../../_components/rights-form";

type Props = { params: Promise<{ memberId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("rights.title") };
}

/**
 * One contributor's rights, with a server-side product search: a company with hundreds of
 * products edits one person at a time instead of a grid with one column per product.
 */
export default async function MemberRightsPage({ params, searchParams }: Props) {
  const [{ memberId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/team/rights/${memberId}`);
  const q = typeof query.q === "string" ? query.q.slice(0, 200) : "";
  const view = (await guarded(readMemberRights(getDb(), user, memberId, q)))!;
  const [t, label] = await Promise.all([getTranslations("team"), productLabeller()]);
  const saved = typeof query.saved === "string" && /^\d+$/.test(query.saved) ? Number(query.saved) : null;
  const name = `${view.contributor.firstName} ${view.contributor.lastName}`;

  return (
    <div>
      <p>
        <Link href="/team/rights">{t("rights.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("rights.memberTitle", { name })}</h1>
      <ul className="mt-4 ml-6 max-w-3xl list-disc text-ink-soft">
        <li>{t("rights.legendDraft")}</li>
        <li>{t("rights.legendValidate")}</li>
      </ul>
      {saved !== null && <Notice tone="success">{t("rights.saved", { count: saved })}</Notice>}

      {view.total > 0 ? (
        <search className="mt-6 block max-w-2xl">
          <form method="get" action={`/team/rights/${memberId}`}>
            <label htmlFor="rights-q" className="block font-medium">
              {t("rights.search")}
            </label>
            <p id="rights-q-hint" className="mt-1 text-sm text-ink-mute">
              {t("rights.searchHint")}
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <input
                id="rights-q"
                name="q"
                type="search"
                defaultValue={q}
                aria-describedby="rights-q-hint"
                className="min-w-0 flex-1 border-0 border-b-2 border-ink-soft bg-surface-raised px-3 py-2"
              />
              <button type="submit" className="border-2 border-primary px-4 py-2 font-medium text-primary">
                {t("rights.searchSubmit")}
              </button>
            </div>
          </form>
          <p className="mt-3" role="status">
            {t("rights.shown", { matching: view.matching })}
            {view.matching > view.products.length && ` ${t("rights.truncated", { shown: view.products.length })}`}
            {q && (
              <>
                {" "}
                <Link href={`/team/rights/${memberId}`}>{t("rights.searchReset")}</Link>
              </>
            )}
          </p>
        </search>
      ) : (
        <Notice tone="info">{t("rights.noProduct")}</Notice>
      )}

      <RightsForm
        contributor={view.contributor}
        products={view.products.map((p) => ({ id: p.id, label: label(p) }))}
        caption={t("rights.productCaption", { name })}
      />
    </div>
  );
}
