// Shared by the server (the rule) and the browser (the rules shown while typing): pure code only.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordRule = "length" | "noUsername" | "noEmail";
export const PASSWORD_RULES: readonly PasswordRule[] = ["length", "noUsername", "noEmail"];

// Parts shorter than 3 characters would refuse far too much ("a" in any password).
function contains(password: string, part: string): boolean {
  const p = part.trim().toLowerCase();
  return p.length >= 3 && password.toLowerCase().includes(p);
}

/** Each rule and whether the password meets it. The email's local part counts as the email. */
export function checkPassword(password: string, who: { username: string; email: string }): Record<PasswordRule, boolean> {
  const local = who.email.split("@")[0] ?? "";
  return {
    length: [...password].length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    noUsername: !contains(password, who.username),
    noEmail: !contains(password, who.email) && !contains(password, local),
  };
}

/** The rules the password breaks, as i18n keys under "account.password.rules". */
export function brokenPasswordRules(password: string, who: { username: string; email: string }): PasswordRule[] {
  const result = checkPassword(password, who);
  return PASSWORD_RULES.filter((rule) => !result[rule]);
}
