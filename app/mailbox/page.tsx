import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { listMailbox } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailbox"))("title") };
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  const [t, locale, messages] = await Promise.all([getTranslations("mailbox"), getLocale().then(parseLocale), listMailbox(to)]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-ink-soft">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="max-w-md grow">
          <TextField name="to" type="email" label={t("filterLabel")} defaultValue={to ?? ""} />
        </div>
        <Button variant="secondary" className="mb-5">
          {t("filter")}
        </Button>
      </form>
      {messages.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("date")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("to")}
              </th>
              <th scope="col" className="py-2">
                {t("subject")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-line">
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(m.createdAt, locale, "short", "medium")}</td>
                <td className="py-2 pr-4">{m.to}</td>
                <td className="py-2">
                  <Link href={`/mailbox/${m.id}`} aria-label={t("open", { subject: m.subject })}>
                    {m.subject}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
