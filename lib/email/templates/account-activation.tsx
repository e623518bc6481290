import { Button } from "@react-email/components";
import { z } from "zod";
import { formatDateTime } from "@/lib/format";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const payload = z.object({
  firstName: z.string(),
  username: z.string(),
  companyName: z.string(),
  url: z.string().url(),
  expiresAt: z.string(),
});

/** Sent to a new account (Responsable or contributor): the username and the activation link. */
export const accountActivation: EmailTemplate<z.infer<typeof payload>> = {
  payload,
  render: (p, t, locale) => {
    const subject = t("emails.activation.subject");
    const expires = formatDateTime(p.expiresAt, locale);
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("emails.activation.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("emails.activation.body", { company: p.companyName })}</Paragraph>
          <Paragraph>{t("emails.activation.username", { username: p.username })}</Paragraph>
          <Button href={p.url} style={{ backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" }}>
            {t("emails.activation.cta")}
          </Button>
          <Paragraph>{t("emails.activation.expires", { date: expires })}</Paragraph>
          <Paragraph>{t("emails.activation.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
