import { render } from "@react-email/render";
import { translatorFor } from "@/lib/i18n/messages";
import { parseLocale } from "@/lib/i18n/locales";
import { TEMPLATES, type TemplateName } from "./templates";
import type { EmailTemplate, EmailTranslate } from "./templates/types";

export type RenderedEmail = { subject: string; html: string; text: string };

export async function renderEmail(template: string, localeValue: string, payload: unknown): Promise<RenderedEmail> {
  const entry = TEMPLATES[template as TemplateName] as EmailTemplate<unknown> | undefined;
  if (!entry) throw new Error(`Unknown email template: ${template}`);
  const locale = parseLocale(localeValue);
  const translator = translatorFor(locale);
  const t: EmailTranslate = (key, params) => translator(key as never, params as never);
  const { subject, element } = entry.render(entry.payload.parse(payload), t, locale);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
