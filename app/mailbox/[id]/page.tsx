import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getMailboxMessage, linksOf } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/format";
import { parseLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale, message] = await Promise.all([getTranslations("mailbox"), getLocale().then(parseLocale), getMailboxMessage(id)]);
  return (
    <article>
      <p>
        <Link href="/mailbox">{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("from")}</dt>
        <dd>{message.fromAddress}</dd>
        <dt className="font-medium">{t("to")}</dt>
        <dd>{message.toAddress}</dd>
        <dt className="font-medium">{t("date")}</dt>
        <dd>{formatDateTime(message.createdAt, locale, "long", "medium")}</dd>
      </dl>
      <p className="mt-6">
        <a href={`/mailbox/${message.id}/html`}>{t("htmlVersion")}</a>
      </p>
      <h2 className="mt-6 text-xl font-bold">{t("textVersion")}</h2>
      <pre className="mt-2 bg-surface-alt p-4 text-sm whitespace-pre-wrap" data-testid="email-text">
        {message.text}
      </pre>
      {linksOf(message.html).length > 0 && (
        <ul className="mt-4 ml-6 list-disc" data-testid="email-links">
          {linksOf(message.html).map((href) => (
            <li key={href}>
              <a href={href}>{href}</a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
