import { Button } from "@react-email/components";
import { z } from "zod";
import { formatDateTime, formatQuarter } from "@/lib/format";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const payload = z.object({
  firstName: z.string(),
  companyName: z.string(),
  /** Null for the company's strategy plan. */
  productLabel: z.string().nullable(),
  /** "2027-T3", "now", "unknown" (a theme not evaluated), or null when the plan never reaches compliance. */
  compliantFrom: z.string().nullable(),
  validatorName: z.string(),
  validatedAt: z.string(),
  url: z.string().url(),
});

/** Sent to the company's Responsable each time a plan de convergence is validated. */
export const planValidated: EmailTemplate<z.infer<typeof payload>> = {
  payload,
  render: (p, t, locale) => {
    const subject = t("plans.emails.validated.subject", { subject: p.productLabel ?? p.companyName });
    const when = formatDateTime(new Date(p.validatedAt), locale);
    const compliance =
      p.compliantFrom === null
        ? t("plans.emails.validated.never")
        : p.compliantFrom === "now"
          ? t("plans.emails.validated.now")
          : p.compliantFrom === "unknown"
            ? t("plans.emails.validated.unknown")
            : t("plans.emails.validated.from", { quarter: formatQuarter(p.compliantFrom, locale) });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("plans.emails.validated.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>
            {t("plans.emails.validated.body", { validator: p.validatorName, subject: p.productLabel ?? p.companyName, date: when })}
          </Paragraph>
          <Paragraph>{compliance}</Paragraph>
          <Button href={p.url} style={{ backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" }}>
            {t("plans.emails.validated.cta")}
          </Button>
          <Paragraph>{t("plans.emails.validated.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
