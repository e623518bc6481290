import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getMailboxMessage, linksOf } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, format, message] = await Promise.all([getTranslations("mailbox"), getFormatter(), getMailboxMessage(id)]);
  return (
    <article>
      <p><Link href="/mailbox">{t("back")}</Link></p>
      <h1 className="text-2xl font-bold mt-4">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("from")}</dt>
        <dd>{message.fromAddress}</dd>
        <dt className="font-medium">{t("to")}</dt>
        <dd>{message.toAddress}</dd>
        <dt className="font-medium">{t("date")}</dt>
        <dd>{format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "medium" })}</dd>
      </dl>
      <p className="mt-6">
        <a href={`/mailbox/${message.id}/html`}>{t("htmlVersion")}</a>
      </p>
      <h2 className="text-xl font-bold mt-6">{t("textVersion")}</h2>
      <pre className="mt-2 whitespace-pre-wrap bg-surface-alt p-4 text-sm" data-testid="email-text">{message.text}</pre>
      {linksOf(message.html).length > 0 && (
        <ul className="mt-4 list-disc ml-6" data-testid="email-links">
          {linksOf(message.html).map((href) => (
            <li key={href}><a href={href}>{href}</a></li>
          ))}
        </ul>
      )}
    </article>
  );
}
