import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Random secrets handed to people or browsers: session ids, password-reset links, MFA recovery codes.
 * The database keeps only a hash, so a leaked table cannot be replayed. `hashSecretToken` (unsalted SHA-256)
 * is enough for values of at least 112 bits of entropy, such as the 256-bit tokens made here (ASVS 5.0 6.5.2).
 * Recovery codes carry about 74 bits, so ASVS 5.0 6.5.2 wants them stored like passwords (a salted password
 * hash such as Argon2id) unless they are made longer: see `recoveryCodeEntropyBits`.
 */

// ASVS 5.0 7.2.3: reference tokens carry at least 128 bits of entropy; 32 bytes (256 bits) by default.
const minTokenBytes = 16;

/** A URL-safe random token (base64url, no padding) of `bytes` random bytes. */
export function generateSecretToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < minTokenBytes) {
    throw new RangeError(`A secret token needs an integer number of bytes, at least ${minTokenBytes}.`);
  }
  return randomBytes(bytes).toString('base64url');
}

/** The SHA-256 of the token, as 64 lower-case hex characters: the only form that is stored. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// Lower-case letters and digits without the look-alikes 0/o, 1/l/i: 31 symbols.
export const recoveryCodeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
// Five groups of five: 25 × log2(31) ≈ 124 bits. At or above 112 bits a look-up secret may be stored as a plain
// SHA-256 hash (ASVS 5.0 6.5.2), which is how recovery codes are kept; fewer groups would need a salted password hash.
const recoveryCodeGroups = 5;
const recoveryCodeGroupLength = 5;
export const recoveryCodeEntropyBits = recoveryCodeGroups * recoveryCodeGroupLength * Math.log2(recoveryCodeAlphabet.length);

/** `count` single-use recovery codes such as `abcde-fghjk-mnpqr-stuvw-xyz23`, drawn uniformly (crypto `randomInt`). */
export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

function generateRecoveryCode(): string {
  const groups = Array.from({ length: recoveryCodeGroups }, () =>
    Array.from({ length: recoveryCodeGroupLength }, () => recoveryCodeAlphabet[randomInt(recoveryCodeAlphabet.length)]).join(''),
  );
  return groups.join('-');
}

/** How a typed recovery code is compared (hash this): lower case, without spaces or hyphens. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]+/gu, '');
}
