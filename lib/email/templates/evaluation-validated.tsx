import { Button } from "@react-email/components";
import { z } from "zod";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const localized = z.object({ fr: z.string(), en: z.string() });

const payload = z.object({
  firstName: z.string(),
  companyName: z.string(),
  /** "Dossier Patient 5.2 — Windows, Desktop"; null for the company strategy questionnaire. */
  productLabel: z.string().nullable(),
  theme: z.enum(["interoperability", "security", "urbanisation", "strategy"]),
  version: z.string(),
  score: z.number().nullable(),
  maturity: localized.nullable(),
  compliant: z.boolean(),
  validatorName: z.string(),
  validatedAt: z.string(),
  url: z.string().url(),
});

/** Sent to the company's Responsable each time an evaluation is validated. */
export const evaluationValidated: EmailTemplate<z.infer<typeof payload>> = {
  payload,
  render: (p, t, locale) => {
    const theme = t(`evaluations.themes.${p.theme}`);
    const subject = t("evaluations.emails.validated.subject", { theme, subject: p.productLabel ?? p.companyName });
    const when = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(p.validatedAt));
    const score = p.score === null ? t("evaluations.emails.validated.noScore") : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(p.score);
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("evaluations.emails.validated.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>
            {t("evaluations.emails.validated.body", { validator: p.validatorName, theme, subject: p.productLabel ?? p.companyName, version: p.version, date: when })}
          </Paragraph>
          <Paragraph>
            {t("evaluations.emails.validated.result", {
              score,
              maturity: p.maturity ? p.maturity[locale] : t("evaluations.emails.validated.noMaturity"),
            })}{" "}
            {t(p.compliant ? "evaluations.emails.validated.compliant" : "evaluations.emails.validated.notCompliant")}
          </Paragraph>
          <Button href={p.url} style={{ backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" }}>
            {t("evaluations.emails.validated.cta")}
          </Button>
          <Paragraph>{t("evaluations.emails.validated.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
