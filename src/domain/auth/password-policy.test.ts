import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  commonPasswordCount,
  commonPasswordCountAtMinimumLength,
  maxPasswordCodePoints,
  minPasswordCodePoints,
  type PasswordRejectionCode,
} from './password-policy.js';

const codesOf = (password: string, context: { email?: string; displayName?: string } = {}): PasswordRejectionCode[] => {
  const result = checkPassword(password, context);
  return result.kind === 'acceptable' ? [] : result.reasons.map((reason) => reason.code);
};

describe('checkPassword: length in code points (NIST SP 800-63B §5.1.1.2, ASVS 5.0 6.2.1 and 6.2.9)', () => {
  it.each([
    ['11 characters', 'correcthors', ['TOO_SHORT']],
    ['12 characters', 'correcthorse', []],
    ['64 characters', 'battery-staple-'.repeat(4) + 'xyzz', []],
    ['128 characters', 'b'.repeat(64) + 'c'.repeat(64), []],
    ['129 characters', 'b'.repeat(64) + 'c'.repeat(65), ['TOO_LONG']],
    ['spaces and punctuation', 'tea at 4 pm, then rounds', []],
    ['Unicode letters', 'ketamine-ßü-日本語-pass', []],
    // 🔑 is one code point but two UTF-16 units: 10 + 1 = 11 code points (12 units) is too short …
    ['10 letters + an emoji', 'quietroomx🔑', ['TOO_SHORT']],
    // … and 11 + 1 = 12 code points is long enough.
    ['11 letters + an emoji', 'quietroomxy🔑', []],
    ['12 CJK characters', '静かな部屋で深呼吸をする', []],
    ['the empty string', '', ['TOO_SHORT']],
  ])('%s', (_label, password, expected) => {
    expect(codesOf(password)).toEqual(expected);
  });

  it('counts UTF-16 units differently from code points for the emoji cases, so the test can fail', () => {
    expect('quietroomx🔑'.length).toBe(12);
    expect([...'quietroomx🔑'].length).toBe(11);
  });

  it('publishes the limits it enforces', () => {
    expect([minPasswordCodePoints, maxPasswordCodePoints]).toEqual([12, 128]);
  });
});

describe('checkPassword: common passwords (NIST SP 800-63B §5.1.1.2, ASVS 5.0 6.2.4)', () => {
  it('has a non-trivial list', () => {
    expect(commonPasswordCount).toBeGreaterThan(3000);
    expect(commonPasswordCountAtMinimumLength).toBeGreaterThan(0);
    expect(commonPasswordCountAtMinimumLength).toBeLessThan(commonPasswordCount);
  });

  // Each word below was confirmed to be in @zxcvbn-ts/language-common 4.1.3 `passwords-common`.
  it.each([
    ['password1234'],
    ['PassWord1234'],
    ['qwerty123456'],
    ['123456789012'],
    ['1q2w3e4r5t6y'],
    ['passwordpassword'],
    ['qwertyuiop123'],
    ['ADMINISTRATOR'],
    ['leavemealone'],
  ])('%s is refused as COMMON', (password) => {
    expect(codesOf(password)).toEqual(['COMMON']);
  });

  it('refuses only exact matches, not passwords that merely contain a common word', () => {
    expect(codesOf('password1234 and then some')).toEqual([]);
  });

  it('reports a short common password for both reasons', () => {
    expect(codesOf('password')).toEqual(['TOO_SHORT', 'COMMON']);
  });
});

describe('checkPassword: context-specific words (NIST SP 800-63B §5.1.1.2, ASVS 5.0 6.2.11)', () => {
  const context = { email: 'Jane.Roe@clinic.example', displayName: 'Jane Roe' };
  it.each([
    ['equals the local part', 'jane.roe', context, ['TOO_SHORT', 'CONTAINS_IDENTITY']],
    ['contains the local part, other case', 'my-JANE.ROE-secret', context, ['CONTAINS_IDENTITY']],
    ['contains the display name', 'hello jane roe 2025', context, ['CONTAINS_IDENTITY']],
    ['contains the display name without its space', 'JaneRoe-likes-tea', context, ['CONTAINS_IDENTITY']],
    ['contains only the domain', 'clinic.example-tea', context, []],
    ['contains only the first name', 'jane-likes-green-tea', context, []],
    ['unrelated', 'violet kettle harbour', context, []],
    ['local part shorter than 4 is ignored', 'bob-likes-green-tea', { email: 'bob@clinic.example' }, []],
    ['local part of exactly 4 counts', 'anna-likes-green-tea', { email: 'anna@clinic.example' }, ['CONTAINS_IDENTITY']],
    ['display name shorter than 4 is ignored', 'al-likes-green-tea', { displayName: ' Al ' }, []],
    ['no context at all', 'al-likes-green-tea', {}, []],
  ])('%s', (_label, password, ctx, expected) => {
    expect(codesOf(password, ctx)).toEqual(expected);
  });
});

describe('checkPassword: result shape', () => {
  it('gives a plain-English message for each reason and never echoes the password', () => {
    const password = 'qwerty123456';
    const result = checkPassword(password, { email: 'qwerty123456@clinic.example' });
    expect(result.kind).toBe('rejected');
    if (result.kind !== 'rejected') return;
    expect(result.reasons.map((reason) => reason.code)).toEqual(['COMMON', 'CONTAINS_IDENTITY']);
    for (const reason of result.reasons) {
      expect(reason.message).toMatch(/^[A-Z].+\.$/);
      expect(reason.message).not.toContain(password);
    }
  });

  it('answers acceptable with no reasons list', () => {
    expect(checkPassword('correct horse battery staple', {})).toEqual({ kind: 'acceptable' });
  });
});
