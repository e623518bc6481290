import { z } from "zod";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const payload = z.object({
  kind: z.enum(["unlocked", "disabled", "enabled"]),
  firstName: z.string(),
  username: z.string(),
});

/** Sent when the agency's support changes a person's access (unlock, disable, re-enable). */
export const supportAccountNotice: EmailTemplate<z.infer<typeof payload>> = {
  payload,
  render: (p, t, locale) => {
    const subject = t(`supportDesk.mail.${p.kind}.subject`);
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={subject} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t(`supportDesk.mail.${p.kind}.body`, { username: p.username })}</Paragraph>
          <Paragraph>{t("supportDesk.mail.notYou")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
