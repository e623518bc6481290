import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { ActionError } from "@/lib/actions/errors";
import { requireUser } from "@/lib/auth/current-user";
import { productLabeller } from "@/lib/products/label-server";
import { startPreview } from "@/lib/evaluations/start";
import type { Locale } from "@/lib/i18n/locales";
import { loadQuestionnaire } from "@/lib/questionnaires/load";
import { THEMES } from "@/lib/questionnaires/schema";
import { startEvaluationAction } from "../actions";
import { ActionButton } from "../_components/action-button";
import { guarded } from "@/lib/pages/guarded";

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ theme: z.enum(THEMES), product: z.uuid().optional() });

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("start.title") };
}

/**
 * Where a "start or continue" link points (product page, evaluations list, strategy page):
 * goes straight to the evaluation being worked on, or offers to start one.
 */
export default async function StartPage({ searchParams }: Search) {
  const raw = await searchParams;
  const parsed = querySchema.safeParse({ theme: raw.theme, product: raw.product || undefined });
  if (!parsed.success) notFound();
  const { theme, product } = parsed.data;
  const user = await requireUser(`/evaluations/start?theme=${theme}${product ? `&product=${product}` : ""}`);
  const [t, locale, productLabel] = await Promise.all([getTranslations("evaluations"), getLocale() as Promise<Locale>, productLabeller()]);
  let preview;
  try {
    preview = await guarded(startPreview(getDb(), user, theme, product ?? null));
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return (
      <div>
        <h1 className="text-3xl font-bold">{t("start.title")}</h1>
        <Notice tone="info">{t("errors.archived")}</Notice>
        {product && <Link href={`/products/${product}`}>{t("header.backToProduct")}</Link>}
      </div>
    );
  }
  if (!preview) return <Forbidden />;
  if (preview.existingId) redirect(`/evaluations/${preview.existingId}`);
  const [newest, ...older] = preview.versions;
  if (!newest) notFound();
  const questionnaire = loadQuestionnaire(theme, newest);
  const fields = (version: string) => ({ theme, productId: product ?? "", version });

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={product ? `/products/${product}` : "/strategy"}>
          {product ? t("header.backToProduct") : t("header.backToStrategy")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("start.title")}</h1>
      <p className="mt-4 text-xl">{questionnaire.title[locale]}</p>
      <p className="mt-1">{preview.subject.product ? productLabel(preview.subject.product) : t("header.company")}</p>
      <p className="mt-4">{t("start.intro", { version: newest })}</p>
      <div className="mt-6">
        <ActionButton
          action={startEvaluationAction}
          fields={fields(newest)}
          label={t("start.submit", { version: newest })}
          pendingLabel={t("start.pending")}
        />
      </div>
      {older.length > 0 && (
        <details className="mt-8">
          <summary className="cursor-pointer text-primary">{t("start.olderTitle")}</summary>
          <p className="mt-2 text-ink-soft">{t("start.olderIntro")}</p>
          <ul className="mt-3 space-y-3">
            {older.map((version) => (
              <li key={version}>
                <ActionButton
                  action={startEvaluationAction}
                  fields={fields(version)}
                  label={t("start.submitOlder", { version })}
                  pendingLabel={t("start.pending")}
                  variant="secondary"
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
