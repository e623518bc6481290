import { z } from "zod";
import { EmailLayout, Paragraph } from "./layout";
import type { EmailTemplate } from "./types";

const payload = z.object({
  recipient: z.enum(["former", "new"]),
  firstName: z.string(),
  companyName: z.string(),
  formerName: z.string(),
  newName: z.string(),
});

/** Sent to both people when the Responsable role changes hands. */
export const teamRoleTransferred: EmailTemplate<z.infer<typeof payload>> = {
  payload,
  render: (p, t, locale) => {
    const key = p.recipient === "new" ? "team.emails.roleTransferred.toNew" : "team.emails.roleTransferred.toFormer";
    const subject = t("team.emails.roleTransferred.subject", { company: p.companyName });
    return {
      subject,
      element: (
        <EmailLayout lang={locale} preview={subject} title={t(`${key}.title`)} footer={t("emails.footer")}>
          <Paragraph>{t("emails.greeting", { name: p.firstName })}</Paragraph>
          <Paragraph>{t(`${key}.body`, { company: p.companyName, former: p.formerName, successor: p.newName })}</Paragraph>
          <Paragraph>{t(`${key}.next`)}</Paragraph>
          <Paragraph>{t("team.emails.roleTransferred.notYou")}</Paragraph>
        </EmailLayout>
      ),
    };
  },
};
