import { Button } from "@react-email/components";
import { z } from "zod";
import { formatDate, formatQuarter } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { productLabelIn } from "@/lib/products/label-in";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate, EmailTranslate } from "./types";

// The daily job's emails (lib/plans/daily-job). Payloads hold the raw product and both
// titles so that the email is written in the recipient's language when it is rendered.

const localized = z.object({ fr: z.string(), en: z.string() });
const product = z.object({ name: z.string(), version: z.string(), os: z.string(), device: z.string() }).nullable();
const quarter = z.string().regex(/^\d{4}-T[1-4]$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

function subjectName(t: EmailTranslate, locale: Locale, companyName: string, p: z.infer<typeof product>): string {
  return p ? productLabelIn(locale, p) : t("plans.emails.strategySubject", { company: companyName });
}

const lateP = z.object({
  firstName: z.string(),
  /** The owner hears about their own commitment; the Responsable about the company's. */
  recipient: z.enum(["owner", "responsable"]),
  ownerName: z.string().nullable(),
  companyName: z.string(),
  product,
  requirementId: z.string(),
  requirementTitle: localized,
  plannedLevel: z.number().int().min(0).max(4),
  plannedQuarter: quarter,
  url: z.string().url(),
});

/** Once per commitment whose planned quarter ended without the level being validated. */
export const planCommitmentLate: EmailTemplate<z.infer<typeof lateP>> = {
  payload: lateP,
  render: (p, t, locale) => {
    const name = subjectName(t, locale, p.companyName, p.product);
    const values = {
      requirement: `${p.requirementId} — ${p.requirementTitle[locale]}`,
      subject: name,
      level: p.plannedLevel,
      quarter: formatQuarter(p.plannedQuarter, locale),
      owner: p.ownerName ?? t("plans.emails.late.noOwner"),
    };
    const subject = t("plans.emails.late.subject", { requirement: p.requirementId, subject: name });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("plans.emails.late.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t(p.recipient === "owner" ? "plans.emails.late.bodyOwner" : "plans.emails.late.bodyResponsable", values)}</Paragraph>
          <Paragraph>{t("plans.emails.late.next")}</Paragraph>
          <Button href={p.url} style={{ backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" }}>
            {t("plans.emails.validated.cta")}
          </Button>
          <Paragraph>{t("plans.emails.validated.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const digestP = z.object({
  firstName: z.string(),
  companyName: z.string(),
  horizonDays: z.number().int().positive(),
  items: z
    .array(
      z.object({
        product,
        requirementId: z.string(),
        requirementTitle: localized,
        deadline: day,
        plannedQuarter: quarter,
        state: z.enum(["done", "late", "below-target", "after-deadline", "on-track"]),
        url: z.string().url(),
      }),
    )
    .min(1),
});

function itemLine(t: EmailTranslate, locale: Locale, companyName: string, item: z.infer<typeof digestP>["items"][number]): string {
  return t("plans.emails.digest.item", {
    deadline: formatDate(item.deadline, locale),
    requirement: `${item.requirementId} — ${item.requirementTitle[locale]}`,
    subject: subjectName(t, locale, companyName, item.product),
    quarter: formatQuarter(item.plannedQuarter, locale),
    state: t(`plans.states.${item.state}`),
  });
}

/** To the Responsable, at most once a day: the Doctrine deadlines coming in the next days. */
export const planDeadlineDigest: EmailTemplate<z.infer<typeof digestP>> = {
  payload: digestP,
  render: (p, t, locale) => {
    const subject = t("plans.emails.digest.subject", { count: p.items.length, days: p.horizonDays });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("plans.emails.digest.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("plans.emails.digest.body", { company: p.companyName, count: p.items.length, days: p.horizonDays })}</Paragraph>
          {p.items.map((item) => (
            <Paragraph key={`${item.url}|${item.requirementId}`}>
              {itemLine(t, locale, p.companyName, item)}
              <br />
              {item.url}
            </Paragraph>
          ))}
        </EmailLayout>
      ),
    };
  },
};
