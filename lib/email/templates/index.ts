import { accountActivation } from "./account-activation";
import { contactAcknowledgement, contactForward } from "./contact";
import type { EmailTemplate } from "./types";

// Every email the platform sends. Later areas add their templates here.
export const TEMPLATES = {
  "account.activation": accountActivation,
  "contact.acknowledgement": contactAcknowledgement,
  "contact.forward": contactForward,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template has its own payload type
} satisfies Record<string, EmailTemplate<any>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplatePayload<N extends TemplateName> = (typeof TEMPLATES)[N] extends EmailTemplate<infer P> ? P : never;
