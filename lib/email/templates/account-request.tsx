import { Button } from "@react-email/components";
import { z } from "zod";
import { EmailLayout, Paragraph, Quote } from "./layout";
import type { EmailTemplate } from "./types";

const BUTTON = { backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" };

const received = z.object({ reference: z.string(), firstName: z.string(), legalName: z.string() });

/** To the requester, on submission: the reference and what happens next. */
export const accountRequestReceived: EmailTemplate<z.infer<typeof received>> = {
  payload: received,
  render: (p, t, locale) => {
    const subject = t("accountRequest.emails.received.subject", { reference: p.reference });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("accountRequest.emails.received.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("accountRequest.emails.received.body", { reference: p.reference, company: p.legalName })}</Paragraph>
          <Paragraph>{t("accountRequest.emails.received.next")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const rejected = z.object({ reference: z.string(), firstName: z.string(), legalName: z.string(), reason: z.string() });

/** To the requester: the request is rejected, with the operator's reason. */
export const accountRequestRejected: EmailTemplate<z.infer<typeof rejected>> = {
  payload: rejected,
  render: (p, t, locale) => {
    const subject = t("accountRequest.emails.rejected.subject", { reference: p.reference });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("accountRequest.emails.rejected.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("accountRequest.emails.rejected.body", { reference: p.reference, company: p.legalName })}</Paragraph>
          <Quote>{p.reason}</Quote>
          <Paragraph>{t("accountRequest.emails.rejected.next")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const infoRequested = z.object({ reference: z.string(), firstName: z.string(), message: z.string(), url: z.string().url() });

/** To the requester: the operator's question and the link to complete the same request. */
export const accountRequestInfoRequested: EmailTemplate<z.infer<typeof infoRequested>> = {
  payload: infoRequested,
  render: (p, t, locale) => {
    const subject = t("accountRequest.emails.infoRequested.subject", { reference: p.reference });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("accountRequest.emails.infoRequested.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("accountRequest.emails.infoRequested.body", { reference: p.reference })}</Paragraph>
          <Quote>{p.message}</Quote>
          <Button href={p.url} style={BUTTON}>
            {t("accountRequest.emails.infoRequested.cta")}
          </Button>
          <Paragraph>{t("accountRequest.emails.infoRequested.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
