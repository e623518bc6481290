import { Button } from "@react-email/components";
import { z } from "zod";
import { formatDateTime, formatScore } from "@/lib/format";
import { productLabelIn } from "@/lib/products/label-in";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const localized = z.object({ fr: z.string(), en: z.string() });

const payload = z.object({
  firstName: z.string(),
  companyName: z.string(),
  /** The product, named in the recipient's language when rendered; null for the strategy questionnaire. */
  product: z.object({ name: z.string(), version: z.string(), os: z.string(), device: z.string() }).nullable().optional(),
  /** Rows queued before `product` existed carry the label already written. */
  productLabel: z.string().nullable().optional(),
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
    const name = p.product ? productLabelIn(locale, p.product) : (p.productLabel ?? p.companyName);
    const subject = t("evaluations.emails.validated.subject", { theme, subject: name });
    const when = formatDateTime(p.validatedAt, locale);
    const score = p.score === null ? t("evaluations.emails.validated.noScore") : formatScore(p.score, locale);
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("evaluations.emails.validated.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>
            {t("evaluations.emails.validated.body", { validator: p.validatorName, theme, subject: name, version: p.version, date: when })}
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
