import { accountActivation } from "./account-activation";
import { accountEmailChange, accountEmailChanged, accountEmailChangeTaken, accountPasswordReset } from "./account-lifecycle";
import { accountRequestInfoRequested, accountRequestReceived, accountRequestRejected } from "./account-request";
import { contactAcknowledgement, contactForward } from "./contact";
import { evaluationValidated } from "./evaluation-validated";
import { planCommitmentLate, planDeadlineDigest } from "./plan-reminders";
import { planValidated } from "./plan-validated";
import { supportAccountNotice } from "./support-account-notice";
import { teamRoleTransferred } from "./team-role-transferred";
import type { EmailTemplate } from "./types";

// Every email the platform sends. Later areas add their templates here.
export const TEMPLATES = {
  "account.activation": accountActivation,
  "account.passwordReset": accountPasswordReset,
  "account.emailChange": accountEmailChange,
  "account.emailChanged": accountEmailChanged,
  "account.emailChangeTaken": accountEmailChangeTaken,
  "accountRequest.received": accountRequestReceived,
  "accountRequest.rejected": accountRequestRejected,
  "accountRequest.infoRequested": accountRequestInfoRequested,
  "contact.acknowledgement": contactAcknowledgement,
  "contact.forward": contactForward,
  "evaluations.validated": evaluationValidated,
  "plans.validated": planValidated,
  "plans.commitmentLate": planCommitmentLate,
  "plans.deadlineDigest": planDeadlineDigest,
  "team.roleTransferred": teamRoleTransferred,
  "support.accountNotice": supportAccountNotice,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template has its own payload type
} satisfies Record<string, EmailTemplate<any>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplatePayload<N extends TemplateName> = (typeof TEMPLATES)[N] extends EmailTemplate<infer P> ? P : never;
