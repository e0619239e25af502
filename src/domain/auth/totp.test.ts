import { describe, expect, it } from 'vitest';
import { generateTotpSecret, totpCodeAt, totpStepAt, totpStepSeconds, totpUri, verifyTotp } from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const rfcSecretBase32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (epochSeconds: number): Date => new Date(epochSeconds * 1000);

describe('totpCodeAt: RFC 6238 Appendix B SHA-1 vectors (last 6 of the 8 published digits)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('T = %i s → %s', (epochSeconds, eightDigits) => {
    expect(totpCodeAt(rfcSecretBase32, at(epochSeconds))).toBe(eightDigits.slice(-6));
  });
});

describe('verifyTotp', () => {
  const now = at(1234567890); // step 41152263, 0 s into it
  const step = totpStepAt(now);
  const codeAtStep = (offsetSteps: number): string => totpCodeAt(rfcSecretBase32, at((step + offsetSteps) * totpStepSeconds));
  const verify = (code: string, lastUsedStep: number | null = null, when: Date = now) =>
    verifyTotp({ secretBase32: rfcSecretBase32, code, now: when, lastUsedStep });

  it('computes the step as floor(epoch seconds / 30)', () => {
    expect(step).toBe(41152263);
    expect(totpStepAt(at(1234567890 + 29.999))).toBe(step);
    expect(totpStepAt(at(1234567890 - 0.001))).toBe(step - 1);
  });

  it.each([
    ['the current step', 0, { kind: 'valid', step: 41152263 }],
    ['the previous step (RFC 6238 §5.2 drift)', -1, { kind: 'valid', step: 41152262 }],
    ['the next step (RFC 6238 §5.2 drift)', 1, { kind: 'valid', step: 41152264 }],
    ['two steps ago', -2, { kind: 'invalid' }],
    ['two steps ahead', 2, { kind: 'invalid' }],
  ])('a code from %s', (_label, offsetSteps, expected) => {
    expect(verify(codeAtStep(offsetSteps))).toEqual(expected);
  });

  it('accepts the current code: otpauth answers 0, which is falsy', () => {
    expect(verify('005924')).toEqual({ kind: 'valid', step });
  });

  it.each([
    ['the same code twice', 0, step, 'replayed'],
    ['an older code after a newer one', -1, step, 'replayed'],
    ['the current code after the previous one', 0, step - 1, 'valid'],
    ['the next code after the current one', 1, step, 'valid'],
    ['a wrong code is invalid, not replayed', null, step, 'invalid'],
  ])('%s', (_label, offsetSteps, lastUsedStep, expectedKind) => {
    const code = offsetSteps === null ? wrongCode(codeAtStep(0)) : codeAtStep(offsetSteps);
    expect(verify(code, lastUsedStep).kind).toBe(expectedKind);
  });

  it('refuses a replay across the step boundary, until the code has expired', () => {
    const first = verify('005924');
    expect(first.kind).toBe('valid');
    if (first.kind !== 'valid') return;
    expect(verify('005924', first.step, at(1234567890 + 30)).kind).toBe('replayed');
    expect(verify('005924', first.step, at(1234567890 + 60)).kind).toBe('invalid');
  });

  it.each([
    ['spaces inside', '005 924', 'valid'],
    ['spaces around', ' 005924\n', 'valid'],
    ['letters', '00592a', 'invalid'],
    ['a sign', '+05924', 'invalid'],
    ['full-width digits', '００５９２４', 'invalid'],
    ['five digits', '05924', 'invalid'],
    ['seven digits', '0005924', 'invalid'],
    ['the 8-digit RFC value', '89005924', 'invalid'],
    ['empty', '', 'invalid'],
  ])('input with %s', (_label, code, expectedKind) => {
    expect(verify(code).kind).toBe(expectedKind);
  });
});

describe('generateTotpSecret and totpUri', () => {
  it('makes a 160-bit base32 secret, different each time, that round-trips', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => generateTotpSecret()));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const now = at(1700000000);
      expect(verifyTotp({ secretBase32: secret, code: totpCodeAt(secret, now), now, lastUsedStep: null }).kind).toBe('valid');
    }
  });

  it('builds the key URI authenticator apps read', () => {
    const uri = new URL(totpUri({ secretBase32: rfcSecretBase32, accountName: 'jane@clinic.example', issuer: 'Ketaclinic Riverside' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Ketaclinic Riverside:jane@clinic.example');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Ketaclinic Riverside',
      secret: rfcSecretBase32,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});

/** A 6-digit code guaranteed to differ from `code` (each digit shifted by one). */
function wrongCode(code: string): string {
  return [...code].map((digit) => String((Number(digit) + 1) % 10)).join('');
}
