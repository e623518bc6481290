import { z } from "zod";
import { EmailLayout, Paragraph, Quote } from "./layout";
import type { EmailTemplate } from "./types";

const contactPayload = z.object({
  reference: z.string(),
  name: z.string(),
  email: z.string().email(),
  topic: z.string(),
  message: z.string(),
});

// The acknowledgement goes to whatever address was typed: it never quotes the text, so the
// form cannot be used to send someone else a message of the sender's choosing.
const acknowledgementPayload = contactPayload.omit({ message: true });

export const contactAcknowledgement: EmailTemplate<z.infer<typeof acknowledgementPayload>> = {
  payload: acknowledgementPayload,
  render: (p, t, locale) => {
    const subject = t("emails.contactAck.subject", { reference: p.reference });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("emails.contactAck.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.name })}</Paragraph>
          <Paragraph>{t("emails.contactAck.body", { reference: p.reference })}</Paragraph>
          <Paragraph>{t("emails.contactAck.topic", { topic: t(`contact.topics.${p.topic}` as never) })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

export const contactForward: EmailTemplate<z.infer<typeof contactPayload>> = {
  payload: contactPayload,
  render: (p, t, locale) => {
    const subject = t("emails.contactForward.subject", { reference: p.reference, topic: t(`contact.topics.${p.topic}` as never) });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("emails.contactForward.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.contactForward.from", { name: p.name, email: p.email })}</Paragraph>
          <Quote>{p.message}</Quote>
        </EmailLayout>
      ),
    };
  },
};
