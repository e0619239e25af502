import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules for Ketaclinic accounts, after NIST SP 800-63B §5.1.1.2 (rev. 3) and OWASP ASVS 5.0 V6.2:
 * length and a block-list only, no composition rules (ASVS 6.2.5), every printable Unicode character and
 * space allowed. The password is checked exactly as typed: nothing here trims, folds or truncates what
 * gets hashed (ASVS 6.2.8); lower-casing below is only for the comparisons.
 */

// 12 is the project's choice: above the floor of 8 in NIST SP 800-63B §5.1.1.2 and ASVS 5.0 6.2.1,
// below the 15 that ASVS 6.2.1 "strongly recommends".
export const minPasswordCodePoints = 12;
// NIST SP 800-63B §5.1.1.2 and ASVS 5.0 6.2.9 ask for at least 64; 128 leaves room for pass-phrases while
// bounding the work a single login can ask of Argon2 (OWASP Password Storage Cheat Sheet, long-password DoS).
export const maxPasswordCodePoints = 128;
// Name and e-mail checks apply only to identifiers this long, so short names ("Al") do not forbid common
// letter pairs: the project's choice (NIST SP 800-63B §5.1.1.2 "context-specific words", ASVS 5.0 6.2.11).
const minIdentityCodePoints = 4;

export type PasswordRejectionCode = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_IDENTITY';
export interface PasswordRejection {
  code: PasswordRejectionCode;
  message: string;
}
export type PasswordCheck = { kind: 'acceptable' } | { kind: 'rejected'; reasons: PasswordRejection[] };
export interface PasswordContext {
  email?: string;
  displayName?: string;
}

// Block-list (NIST SP 800-63B §5.1.1.2 "commonly-used, expected, or compromised"; ASVS 5.0 6.2.4):
// zxcvbn-ts's common-password list, a constant table built once.
const commonPasswords: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** How many distinct common passwords are refused. */
export const commonPasswordCount = commonPasswords.size;

/**
 * How many of them are long enough to pass the length rule: the ones that matter for ASVS 5.0 6.2.4 ("the top
 * 3000 passwords which match the application's password policy"). The shorter ones are refused by length anyway.
 */
export const commonPasswordCountAtMinimumLength = [...commonPasswords].filter(
  (word) => codePointLength(word) >= minPasswordCodePoints,
).length;

const messages: Record<PasswordRejectionCode, string> = {
  TOO_SHORT: `Use at least ${minPasswordCodePoints} characters. A short phrase of a few unrelated words is easy to remember and hard to guess.`,
  TOO_LONG: `Use at most ${maxPasswordCodePoints} characters.`,
  COMMON: 'This password is on a list of commonly used passwords that attackers try first. Please choose a different one.',
  CONTAINS_IDENTITY: 'Your password must not contain your name or the first part of your email address.',
};

/** Checks a new password against the policy; every reason that applies is returned, in a stable order. */
export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  const lengthCodePoints = codePointLength(password);
  const folded = password.toLowerCase();
  const codes: PasswordRejectionCode[] = [];
  if (lengthCodePoints < minPasswordCodePoints) codes.push('TOO_SHORT');
  if (lengthCodePoints > maxPasswordCodePoints) codes.push('TOO_LONG');
  if (commonPasswords.has(folded)) codes.push('COMMON');
  if (identityWords(context).some((word) => folded.includes(word))) codes.push('CONTAINS_IDENTITY');
  if (codes.length === 0) return { kind: 'acceptable' };
  return { kind: 'rejected', reasons: codes.map((code) => ({ code, message: messages[code] })) };
}

/** Lower-cased identifiers a password must not contain: the e-mail's local part and the display name. */
function identityWords(context: PasswordContext): string[] {
  const candidates: string[] = [];
  if (context.email !== undefined) {
    const at = context.email.lastIndexOf('@');
    candidates.push(at === -1 ? context.email : context.email.slice(0, at));
  }
  if (context.displayName !== undefined) {
    const name = context.displayName.trim();
    // "Jane Doe" is also refused when typed as "janedoe".
    candidates.push(name, name.replace(/\s+/gu, ''));
  }
  return candidates
    .map((word) => word.trim().toLowerCase())
    .filter((word) => codePointLength(word) >= minIdentityCodePoints);
}

/** Length in Unicode code points, so "日" and "🔑" count as one character each, as a person would count them. */
function codePointLength(text: string): number {
  return [...text].length;
}
