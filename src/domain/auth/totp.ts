import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238) for staff MFA, on otpauth. The parameters are the RFC 6238
 * defaults that Google Authenticator and every common authenticator app assume: HMAC-SHA-1, 6 digits,
 * 30-second steps. Time always comes in as `now`, never from the clock.
 */

// RFC 6238 §4 and §5.2: SHA-1, 30-second time step; RFC 4226 §5.3: 6 digits. Authenticator apps ignore other values.
const algorithm = 'SHA1';
export const totpDigits = 6;
export const totpStepSeconds = 30;
// RFC 6238 §5.2: accept at most one time step of drift in each direction.
export const totpDriftSteps = 1;
// RFC 4226 §4 R6 recommends a 160-bit shared secret.
const secretBytes = 20;

export type TotpVerification = { kind: 'valid'; step: number } | { kind: 'invalid' } | { kind: 'replayed' };

/** A new random shared secret, base32 without padding (32 characters), for the user's authenticator app. */
export function generateTotpSecret(): string {
  return new Secret({ size: secretBytes }).base32;
}

/** The `otpauth://totp/…` key URI that enrolment shows as a QR code. */
export function totpUri({ secretBase32, accountName, issuer }: { secretBase32: string; accountName: string; issuer: string }): string {
  return new TOTP({
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    algorithm,
    digits: totpDigits,
    period: totpStepSeconds,
  }).toString();
}

/** The code an authenticator shows at `now`. */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    algorithm,
    digits: totpDigits,
    period: totpStepSeconds,
    timestamp: now.getTime(),
  });
}

/** The RFC 6238 time step `now` falls in: floor(Unix seconds / 30). */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpStepSeconds);
}

/**
 * Checks a code typed by the user. `lastUsedStep` is the step of the last code this user got accepted (null
 * before the first); store the returned `step` in its place. A code whose step is not after `lastUsedStep` is
 * refused as replayed, so a code works once and an older code never works after a newer one (RFC 6238 §5.2).
 */
export function verifyTotp({
  secretBase32,
  code,
  now,
  lastUsedStep,
}: {
  secretBase32: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): TotpVerification {
  const token = code.replace(/\s+/gu, '');
  if (token.length !== totpDigits || !/^[0-9]+$/u.test(token)) return { kind: 'invalid' };
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    algorithm,
    digits: totpDigits,
    period: totpStepSeconds,
    timestamp: now.getTime(),
    window: totpDriftSteps,
  });
  // otpauth answers 0 for the current step: only null means "no match" (STACK.md).
  if (delta === null) return { kind: 'invalid' };
  const step = totpStepAt(now) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { kind: 'replayed' };
  return { kind: 'valid', step };
}
