// Every action the code records in the audit log, by area. The viewer's action filter offers
// these, and a test checks that each action written anywhere in the code is listed here and
// has a sentence in French and English under audit.events.<area>.<action>.
export const AUDIT_ACTIONS = [
  "account_request.submitted",
  "account_request.completed",
  "account_request.approved",
  "account_request.rejected",
  "account_request.info_requested",
  "account_request.document_downloaded",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_refused_locked",
  "auth.sign_out",
  "auth.password_reset_requested",
  "auth.password_reset_ignored",
  "auth.password_reset",
  "auth.password_changed",
  "user.invited",
  "user.activated",
  "user.profile_updated",
  "user.email_change_requested",
  "user.email_changed",
  "team.grant_set",
  "team.grant_revoked",
  "team.responsable_transferred",
  "team.member_disabled",
  "team.member_enabled",
  "team.activation_resent",
  "terms.accepted",
  "contact.submitted",
  "product.created",
  "product.duplicated",
  "product.duplicated_as_option",
  "product.updated",
  "product.bases_changed",
  "product.archived",
  "product.restored",
  "evaluation.started",
  "evaluation.evidence_uploaded",
  "evaluation.validated",
  "evaluation.reopened",
  "evaluation.upgraded",
  "user.email_change_refused_taken",
  "auth.sign_out_everywhere",
  "auth.sign_in_refused_throttled",
  "plan.bulk_updated",
  "plan.validated",
  "staff.invited",
  "staff.disabled",
  "staff.enabled",
  "support.activation_resent",
  "support.unlocked",
  "support.disabled",
  "support.enabled",
  "support.email_corrected",
  "support.email_resent",
  "support.message_handled",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** "team.member_disabled" → ["team", "member_disabled"]: the message key's two levels. */
export function splitAction(action: string): [string, string] {
  const dot = action.indexOf(".");
  return [action.slice(0, dot), action.slice(dot + 1)];
}
