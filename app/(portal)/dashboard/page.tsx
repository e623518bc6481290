import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect, TableFilters } from "@/components/data-table/table-filters";
import { fieldId } from "@/components/ui/field";
import { Forbidden } from "@/components/ui/forbidden";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { isCompanyUser } from "@/lib/auth/types";
import { dayInParis, formatDate, formatQuarter, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { guarded } from "@/lib/pages/guarded";
import { planPath } from "@/lib/plans/validate";
import { getPortfolio } from "@/lib/portfolio/load";
import { EVALUATION_STATES, PLAN_STATES, type PortfolioRow } from "@/lib/portfolio/model";
import { isFiltered } from "@/lib/portfolio/query";
import { productLabeller } from "@/lib/products/label-server";
import { productThemes } from "@/lib/evaluations/results";
import { Needs, type NeedList } from "./_components/needs";
import { PortfolioTable, type PortfolioCells } from "./_components/portfolio-table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/dashboard");
  if (!isCompanyUser(user)) return <Forbidden />;
  const params = await searchParams;
  const view = await guarded(getPortfolio(getDb(), user, params));
  if (!view) return <Forbidden />;
  const [t, tRoles, tEval, tPlans, label, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("roles"),
    getTranslations("evaluations"),
    getTranslations("plans"),
    productLabeller(),
    getLocale() as Promise<Locale>,
  ]);
  const flat = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const themeName = (theme: string) => tEval(`themes.${theme}` as never);
  const subjectName = (productId: string | null) => {
    const product = productId ? view.products.get(productId) : undefined;
    return product ? label(product) : themeName("strategy");
  };

  const cells = (r: PortfolioRow): PortfolioCells => {
    const product = label(r.product);
    return {
      key: r.key,
      product: { label: product, href: `/products/${r.product.id}`, commercialName: r.product.commercialName },
      theme: themeName(r.theme),
      score: {
        text: r.source === null ? t("portfolio.notEvaluated") : r.score === null ? t("portfolio.noScore") : formatScore(r.score, locale),
        level: r.maturity ? r.maturity[locale] : null,
        draft: r.source === "draft" ? t("portfolio.draft") : null,
      },
      evaluation: {
        text: tEval(`statuses.${r.evaluation.state}`),
        href: r.evaluation.id ? `/evaluations/${r.evaluation.id}` : null,
        linkLabel: t("portfolio.evaluationLink", { theme: themeName(r.theme), product }),
      },
      plan: {
        text: t(`portfolio.planStates.${r.plan.state}`, {
          date: r.plan.validatedAt ? formatDate(dayInParis(r.plan.validatedAt), locale, "medium") : "",
        }),
        href: planPath({ productId: r.product.id }),
        linkLabel: t("portfolio.planLink", { product }),
      },
      compliance:
        r.compliance === null
          ? t("portfolio.notPlanned")
          : r.compliance === "now"
            ? tPlans("compliance.now")
            : r.compliance === "never"
              ? tPlans("compliance.never")
              : formatQuarter(r.compliance, locale),
      late: r.late,
    };
  };

  const needs: NeedList[] = [
    {
      key: "drafts",
      title: t("needs.drafts", { count: view.needs.drafts.length }),
      items: view.needs.drafts.map((d) =>
        d.kind === "evaluation-draft"
          ? {
              key: d.evaluationId,
              text: t("needs.evaluationDraft", { theme: themeName(d.theme), subject: subjectName(d.productId) }),
              href: `/evaluations/${d.evaluationId}`,
            }
          : { key: `plan-${d.productId}`, text: t("needs.planDraft", { subject: subjectName(d.productId) }), href: planPath(d) },
      ),
    },
    {
      key: "late",
      title: t("needs.late", { count: view.needs.late.length }),
      items: view.needs.late.map((l) => ({
        key: `${l.productId}-${l.requirementId}`,
        text: t("needs.lateItem", {
          id: l.requirementId,
          subject: subjectName(l.productId),
          quarter: formatQuarter(l.plannedQuarter, locale),
        }),
        href: planPath(l),
      })),
    },
    {
      key: "deadlines",
      title: t("needs.deadlines", { count: view.needs.deadlines.length }),
      items: view.needs.deadlines.map((d) => ({
        key: `${d.productId}-${d.requirementId}`,
        text: t("needs.deadlineItem", { id: d.requirementId, subject: subjectName(d.productId), date: formatDate(d.deadline, locale) }),
        href: planPath(d),
      })),
    },
    {
      key: "invited",
      title: t("needs.invited", { count: view.needs.invited.length }),
      items: view.needs.invited.map((m) => ({
        key: m.id,
        text: t("needs.invitedItem", { name: m.name, date: formatDate(dayInParis(m.since), locale) }),
        href: `/team/${m.id}`,
      })),
    },
  ];
  const keep = Object.fromEntries(["sort", "dir", "size"].flatMap((k) => (flat[k] ? [[k, flat[k]]] : [])));
  const filtered = isFiltered(view.query, view.filters);

  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-xl">{t("welcome", { name: user.firstName })}</p>
      <p className="mt-1 text-ink-soft">
        {t("company", { company: user.companyName ?? "" })} · {t("role", { role: tRoles(user.companyRole) })}
      </p>

      {view.productCount === 0 && view.isResponsable ? (
        // The Responsable sees every product of the company: none means none declared yet.
        <p className="mt-6 border-l-4 border-info bg-info-light p-4" data-testid="portfolio-none-yet">
          {t("noProductResponsable")} <Link href="/products/new">{t("declareFirst")}</Link>
        </p>
      ) : view.productCount === 0 ? (
        <p className="mt-6 border-l-4 border-info bg-info-light p-4" data-testid="portfolio-none-yet">
          {t("noProduct")}
        </p>
      ) : null}

      <Needs lists={needs} open={flat.show ?? ""} params={flat} />

      {view.productCount > 0 && (
        <section aria-labelledby="portfolio-title" className="mt-10" id="portfolio">
          <h2 id="portfolio-title" className="text-2xl font-bold">
            {t("portfolio.heading")}
          </h2>
          <p className="mt-2 max-w-3xl text-ink-soft">{t("portfolio.intro")}</p>
          <TableFilters
            action="/dashboard"
            searchLabel={t("portfolio.search")}
            searchHint={t("portfolio.searchHint")}
            q={view.query.q}
            applyLabel={t("portfolio.apply")}
            resetLabel={t("portfolio.reset")}
            keep={keep}
          >
            <FilterSelect
              name="theme"
              label={t("portfolio.theme")}
              value={view.filters.theme}
              allLabel={t("portfolio.all")}
              options={productThemes().map((theme) => ({ value: theme, label: themeName(theme) }))}
            />
            <FilterSelect
              name="evaluation"
              label={t("portfolio.evaluation")}
              value={view.filters.evaluation}
              allLabel={t("portfolio.all")}
              options={EVALUATION_STATES.map((s) => ({ value: s, label: tEval(`statuses.${s}`) }))}
            />
            <FilterSelect
              name="plan"
              label={t("portfolio.plan")}
              value={view.filters.plan}
              allLabel={t("portfolio.all")}
              options={PLAN_STATES.map((s) => ({ value: s, label: t(`portfolio.planFilter.${s}`) }))}
            />
            <div className="flex items-center gap-2 self-end py-2">
              <input id={fieldId("late")} name="late" type="checkbox" value="1" defaultChecked={view.filters.late} className="size-5" />
              <label htmlFor={fieldId("late")}>{t("portfolio.lateOnly")}</label>
            </div>
          </TableFilters>
          <PortfolioTable rows={view.page.rows.map(cells)} total={view.page.total} query={view.query} />
          {filtered && view.page.total === 0 && (
            <p className="mt-2">
              <Link href="/dashboard#portfolio">{t("portfolio.emptyReset")}</Link>
            </p>
          )}
        </section>
      )}

      <p className="mt-8">
        <Link href="/team">{t("teamLink")}</Link>
      </p>
    </div>
  );
}
