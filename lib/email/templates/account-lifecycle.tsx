import { Button } from "@react-email/components";
import { z } from "zod";
import { formatDateTime } from "@/lib/format";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const BUTTON = { backgroundColor: "#000091", color: "#ffffff", padding: "12px 20px" };

const reset = z.object({ firstName: z.string(), username: z.string(), url: z.string().url(), expiresAt: z.string() });

/** The one-hour link to choose a new password (it also reminds the username). */
export const accountPasswordReset: EmailTemplate<z.infer<typeof reset>> = {
  payload: reset,
  render: (p, t, locale) => {
    const subject = t("account.emails.passwordReset.subject");
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("account.emails.passwordReset.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("account.emails.passwordReset.body", { username: p.username })}</Paragraph>
          <Button href={p.url} style={BUTTON}>
            {t("account.emails.passwordReset.cta")}
          </Button>
          <Paragraph>{t("account.emails.passwordReset.expires", { date: formatDateTime(p.expiresAt, locale) })}</Paragraph>
          <Paragraph>{t("account.emails.passwordReset.notYou")}</Paragraph>
          <Paragraph>{t("account.emails.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const change = z.object({
  firstName: z.string(),
  username: z.string(),
  newEmail: z.string(),
  url: z.string().url(),
  expiresAt: z.string(),
});

/** Sent to the new address: the change takes effect once confirmed from here. */
export const accountEmailChange: EmailTemplate<z.infer<typeof change>> = {
  payload: change,
  render: (p, t, locale) => {
    const subject = t("account.emails.emailChange.subject");
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("account.emails.emailChange.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("account.emails.emailChange.body", { username: p.username, email: p.newEmail })}</Paragraph>
          <Button href={p.url} style={BUTTON}>
            {t("account.emails.emailChange.cta")}
          </Button>
          <Paragraph>{t("account.emails.emailChange.expires", { date: formatDateTime(p.expiresAt, locale) })}</Paragraph>
          <Paragraph>{t("account.emails.fallback", { url: p.url })}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const changed = z.object({ firstName: z.string(), username: z.string(), newEmail: z.string() });

/** Sent to the old address once the change is done, in case it was not wanted. */
export const accountEmailChanged: EmailTemplate<z.infer<typeof changed>> = {
  payload: changed,
  render: (p, t, locale) => {
    const subject = t("account.emails.emailChanged.subject");
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("account.emails.emailChanged.title")} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t("account.emails.emailChanged.body", { username: p.username, email: p.newEmail })}</Paragraph>
          <Paragraph>{t("account.emails.emailChanged.notYou")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};

const taken = z.object({ firstName: z.string(), username: z.string(), newEmail: z.string() });

/**
 * Sent to the new address instead of a link when it already belongs to an account: the
 * person asking is told nothing on the page, so no one learns whose address it is.
 */
export const accountEmailChangeTaken: EmailTemplate<z.infer<typeof taken>> = {
  payload: taken,
  render: (p, t, locale) => {
    const subject = t("account.emails.emailChangeTaken.subject");
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t("account.emails.emailChangeTaken.title")} footer={t("emails.footer")}>
          <Paragraph>{t("account.emails.emailChangeTaken.body", { username: p.username, email: p.newEmail })}</Paragraph>
          <Paragraph>{t("account.emails.emailChangeTaken.notYou")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
