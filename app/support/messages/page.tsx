import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { listContactMessages } from "@/lib/support/messages";
import { requireAgencyPage } from "@/lib/support/page-access";
import { MarkHandledButton } from "../_components/mark-handled-button";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supportDesk"))("messages.title") };
}

const FILTERS = ["open", "handled", "all"] as const;

/** Messages from the public contact form, matched to an account by their email. */
export default async function SupportMessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireAgencyPage("support", "/support/messages");
  const params = await searchParams;
  const filter = FILTERS.find((f) => f === params.show) ?? "open";
  const [t, tContact, locale, messages] = await Promise.all([
    getTranslations("supportDesk"),
    getTranslations("contact"),
    getLocale(),
    listContactMessages(user, filter),
  ]);
  return (
    <div>
      <p>
        <Link href="/support">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("messages.title")}</h1>
      <p className="mt-4 text-ink-soft">{t("messages.intro")}</p>
      {params.done === "handled" && <Notice tone="success">{t("notices.handled")}</Notice>}
      <nav aria-label={t("messages.filterLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-4">
          {FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={`/support/messages?show=${f}`}
                aria-current={f === filter ? "page" : undefined}
                className={f === filter ? "font-bold" : ""}
              >
                {t(`messages.filters.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {messages.length === 0 ? (
        <p className="mt-6">{t("messages.empty")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="border border-line p-4">
              <h2 className="text-lg font-bold">
                {m.reference} · {tContact(`topics.${m.topic as "other"}`)}
              </h2>
              <p className="text-sm text-ink-soft">
                {t("messages.from", { name: m.name, email: m.email, date: formatDateTime(m.createdAt, locale as Locale, "medium") })}
              </p>
              <p className="mt-1 text-sm">
                {m.personId ? (
                  <>
                    {t("messages.matched")} <Link href={`/support/people/${m.personId}`}>{m.personName}</Link>
                    {m.companyId && (
                      <>
                        {" · "}
                        <Link href={`/support/companies/${m.companyId}`}>{m.companyName}</Link>
                      </>
                    )}
                  </>
                ) : (
                  t("messages.unmatched")
                )}
              </p>
              <p className="mt-2 whitespace-pre-line">{m.message}</p>
              {m.handledAt ? (
                <p className="mt-2 font-medium text-success">
                  {t("messages.handledBy", { name: m.handledBy ?? "—", date: formatDateTime(m.handledAt, locale as Locale, "medium") })}
                </p>
              ) : (
                <MarkHandledButton messageId={m.id} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
