import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  generateSecretToken,
  hashSecretToken,
  normaliseRecoveryCode,
  recoveryCodeAlphabet,
  recoveryCodeEntropyBits,
} from './secret-tokens.js';

describe('generateSecretToken', () => {
  it.each([
    [undefined, 43], // 32 bytes → 43 base64url characters
    [16, 22],
    [48, 64],
  ])('%s bytes → %i base64url characters', (bytes, expectedLength) => {
    const token = generateSecretToken(bytes);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).toHaveLength(expectedLength);
    expect(Buffer.from(token, 'base64url')).toHaveLength(bytes ?? 32);
  });

  it('never repeats over 1000 tokens', () => {
    expect(new Set(Array.from({ length: 1000 }, () => generateSecretToken())).size).toBe(1000);
  });

  it.each([[15], [0], [-1], [16.5], [Number.NaN]])('refuses %s bytes (ASVS 5.0 7.2.3: at least 128 bits)', (bytes) => {
    expect(() => generateSecretToken(bytes)).toThrow(RangeError);
  });
});

describe('hashSecretToken', () => {
  it.each([
    // Published SHA-256 test values (FIPS 180-2 "abc"; the empty string).
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('sha256(%j)', (token, expected) => {
    expect(hashSecretToken(token)).toBe(expected);
  });

  it('is deterministic, 64 lower-case hex characters, and differs between tokens', () => {
    const token = generateSecretToken();
    const other = generateSecretToken();
    expect(hashSecretToken(token)).toBe(hashSecretToken(token));
    expect(hashSecretToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(token)).not.toBe(hashSecretToken(other));
    expect(hashSecretToken(token)).not.toContain(token);
  });
});

describe('generateRecoveryCodes', () => {
  const format = /^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){4}$/;

  it('uses an alphabet without look-alikes', () => {
    for (const ambiguous of ['0', 'o', '1', 'l', 'i']) expect(recoveryCodeAlphabet).not.toContain(ambiguous);
    expect(new Set(recoveryCodeAlphabet).size).toBe(recoveryCodeAlphabet.length);
  });

  it('carries at least 112 bits per code, enough to store it as a plain SHA-256 hash (ASVS 5.0 6.5.2)', () => {
    expect(recoveryCodeEntropyBits).toBeGreaterThanOrEqual(112);
    expect(recoveryCodeEntropyBits).toBeCloseTo(25 * Math.log2(31), 10);
  });

  it.each([[undefined, 10], [1, 1], [16, 16], [0, 0]])('count %s → %i codes in the format', (count, expectedCount) => {
    const codes = generateRecoveryCodes(count);
    expect(codes).toHaveLength(expectedCount);
    for (const code of codes) expect(code).toMatch(format);
  });

  it('never repeats over 1000 codes, and uses every symbol of the alphabet', () => {
    const codes = generateRecoveryCodes(1000);
    expect(new Set(codes).size).toBe(1000);
    const seen = new Set(codes.join('').replaceAll('-', ''));
    expect([...seen].sort().join('')).toBe([...recoveryCodeAlphabet].sort().join(''));
  });

  it('survives normalisation unchanged apart from the hyphens', () => {
    for (const code of generateRecoveryCodes()) expect(normaliseRecoveryCode(code)).toBe(code.replaceAll('-', ''));
  });
});

describe('normaliseRecoveryCode', () => {
  it.each([
    ['abcde-fghjk-mnpqr', 'abcdefghjkmnpqr'],
    ['ABCDE-FGHJK-MNPQR', 'abcdefghjkmnpqr'],
    ['abcde fghjk mnpqr', 'abcdefghjkmnpqr'],
    ['  AbCdE--fGhJk - mNpQr\n', 'abcdefghjkmnpqr'],
    ['abcdefghjkmnpqr', 'abcdefghjkmnpqr'],
    ['\tab cd-ef\u00a0gh', 'abcdefgh'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });
});
