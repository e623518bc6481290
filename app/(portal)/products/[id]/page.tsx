import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { evaluationStatusByTheme } from "@/lib/evaluations/status";
import { getProduct } from "@/lib/products/queries";
import { guarded } from "@/lib/pages/guarded";
import { productTitle } from "../_components/product-title";
import { deviceLabel, osLabel, productLabel } from "@/lib/products/label";
import { LifecycleForm } from "../_components/lifecycle-form";
import { StatusTag } from "../_components/status-tag";
import { formatDate, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["created", "updated", "duplicated", "bases", "archived", "restored"] as const;

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  return { title: await productTitle((await params).id) };
}

export default async function ProductPage({ params, searchParams }: Params) {
  const { id } = await params;
  const user = await requireUser(`/products/${id}`);
  const loaded = await guarded(Promise.all([getProduct(getDb(), user, id), evaluationStatusByTheme(getDb(), user, id)]));
  if (!loaded) return <Forbidden />;
  const [product, themes] = loaded;
  const [t, locale, query] = await Promise.all([getTranslations("products"), getLocale() as Promise<Locale>, searchParams]);
  const done = DONE.find((d) => d === query.done);
  const date = (d: Date) => formatDate(d, locale);
  const archived = product.status === "archived";
  // "Non renseignée" for a feminine field (édition, description), "Non renseigné" otherwise.
  const none = (gender: "feminine" | "masculine") => <span className="text-ink-mute">{t("page.none", { gender })}</span>;
  const actions = [
    product.can.edit && { href: `/products/${id}/edit`, label: t("page.edit") },
    product.can.linkBases && { href: `/products/${id}/bases`, label: t("page.linkBases") },
    product.can.duplicate && { href: `/products/${id}/duplicate`, label: t("page.duplicate") },
    product.can.duplicateAsOption && { href: `/products/${id}/duplicate-as-option`, label: t("page.duplicateAsOption") },
  ].filter((a): a is { href: string; label: string } => Boolean(a));

  return (
    <div>
      <p>
        <Link href="/products">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">
        {product.name} {product.version}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <span>{t(`kinds.${product.kind}`)}</span>
        <StatusTag status={product.status} label={t(`statuses.${product.status}`)} />
      </p>
      {done && <Notice tone="success">{t(`done.${done}`)}</Notice>}
      {archived && <Notice tone="info">{t("page.archivedNotice")}</Notice>}

      {(actions.length > 0 || product.can.archive || product.can.restore) && (
        <section aria-labelledby="actions-title" className="mt-6">
          <h2 id="actions-title" className="sr-only">
            {t("page.actions")}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {actions.map((a) => (
              <li key={a.href}>
                <Link href={a.href} className={buttonClass("secondary")}>
                  {a.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-4 max-w-2xl">
            {product.can.archive && (
              <LifecycleForm
                productId={id}
                operation="archive"
                hint={product.activeOptions > 0 ? t("page.archiveBlocked", { count: product.activeOptions }) : undefined}
              />
            )}
            {product.can.restore && <LifecycleForm productId={id} operation="restore" />}
          </div>
        </section>
      )}

      <section aria-labelledby="details-title" className="mt-8">
        <h2 id="details-title" className="text-2xl font-bold">
          {t("page.details")}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("page.version")}</dt>
          <dd>{product.version}</dd>
          <dt className="font-medium">{t("page.edition")}</dt>
          <dd>{product.edition ?? none("feminine")}</dd>
          <dt className="font-medium">{t("page.os")}</dt>
          <dd>{osLabel(t, product.os)}</dd>
          <dt className="font-medium">{t("page.device")}</dt>
          <dd>{deviceLabel(t, product.device)}</dd>
          <dt className="font-medium">{t("page.commercialName")}</dt>
          <dd>{product.commercialName ?? none("masculine")}</dd>
          <dt className="font-medium">{t("page.inCatalogue")}</dt>
          <dd>{t(product.inCatalogue ? "page.inCatalogueYes" : "page.inCatalogueNo")}</dd>
          <dt className="font-medium">{t("page.description")}</dt>
          <dd className="whitespace-pre-line">{product.description ?? none("feminine")}</dd>
        </dl>
      </section>

      <section aria-labelledby="links-title" className="mt-8">
        <h2 id="links-title" className="text-2xl font-bold">
          {t(product.kind === "option" ? "page.bases" : "page.options")}
        </h2>
        {product.links.length === 0 && product.hiddenLinks === 0 ? (
          <p className="mt-4">{t(product.kind === "option" ? "page.noBases" : "page.noOptions")}</p>
        ) : (
          <ul className="mt-4 ml-6 list-disc space-y-1">
            {product.links.map((l) => (
              <li key={l.id}>
                <Link href={`/products/${l.id}`}>{productLabel(t, l)}</Link>{" "}
                <StatusTag status={l.status} label={t(`statuses.${l.status}`)} />
              </li>
            ))}
            {product.hiddenLinks > 0 && <li>{t("page.hiddenLinks", { count: product.hiddenLinks })}</li>}
          </ul>
        )}
      </section>

      <section aria-labelledby="evaluations-title" className="mt-8">
        <h2 id="evaluations-title" className="text-2xl font-bold">
          {t("page.evaluations")}
        </h2>
        <table className="mt-4 w-full max-w-2xl border-collapse text-left">
          <caption className="sr-only">{t("page.evaluationsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("page.theme")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("page.evaluationStatus")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("page.evaluationAction")}
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((s) => (
              <tr key={s.theme} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t(`themes.${s.theme}`)}
                </th>
                <td className="py-2 pr-4">
                  {s.status === "validated" && s.score !== null
                    ? t("evaluationStatuses.validated", { score: formatScore(s.score, locale) })
                    : t(`evaluationStatuses.${s.status}`)}
                </td>
                <td className="py-2 pr-4">
                  {s.evaluationId ? (
                    <Link href={s.status === "validated" ? `/evaluations/${s.evaluationId}/results` : `/evaluations/${s.evaluationId}`}>
                      {t(s.status === "validated" ? "page.seeResults" : "page.continueEvaluation", { theme: t(`themes.${s.theme}`) })}
                    </Link>
                  ) : product.status === "active" ? (
                    <Link href={`/evaluations/start?product=${product.id}&theme=${s.theme}`}>
                      {t("page.startEvaluation", { theme: t(`themes.${s.theme}`) })}
                    </Link>
                  ) : (
                    <span className="text-ink-soft">{t("page.archivedNoEvaluation")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-ink-soft">{t("page.strategyNote")}</p>
        <p className="mt-4">
          <Link href={`/products/${id}/plan`} className="font-bold">
            {(await getTranslations("plans"))("productLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("page.history")}
        </h2>
        <ul className="mt-4 space-y-1">
          <li>
            {product.createdBy
              ? t("page.createdBy", { date: date(product.createdAt), name: `${product.createdBy.firstName} ${product.createdBy.lastName}` })
              : t("page.createdAt", { date: date(product.createdAt) })}
          </li>
          <li>{t("page.updatedAt", { date: date(product.updatedAt) })}</li>
          {product.derivedFrom && (
            <li>
              {t("page.derivedFrom")} <Link href={`/products/${product.derivedFrom.id}`}>{productLabel(t, product.derivedFrom)}</Link>
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}
