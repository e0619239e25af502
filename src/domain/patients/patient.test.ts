import { describe, expect, it } from 'vitest';
import { ageInYears, formatMrn, isPart2Diagnosis, newPatientSchema } from './patient.js';

describe('isPart2Diagnosis (42 CFR 2.11)', () => {
  it.each([
    ['F10.20', true], // alcohol dependence
    ['F11.20', true], // opioid dependence
    ['F14.10', true], // cocaine abuse
    ['F19.20', true],
    ['f12.90', true],
    ['F17.210', false], // nicotine: excluded by Part 2
    ['F32.2', false], // major depressive disorder
    ['F43.10', false], // PTSD
    ['Z79.891', false],
  ])('%s → %s', (code, expected) => {
    expect(isPart2Diagnosis(code)).toBe(expected);
  });
});

describe('ageInYears', () => {
  it.each([
    ['1990-06-15', '2026-06-14', 35],
    ['1990-06-15', '2026-06-15', 36],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
  ])('born %s, on %s → %i', (dob, today, age) => {
    expect(ageInYears(dob, today)).toBe(age);
  });
});

describe('newPatientSchema', () => {
  const valid = { givenName: 'Testy', familyName: 'Demo', dateOfBirth: '1985-04-02', sexAtBirth: 'female' };
  it('accepts the minimum', () => expect(newPatientSchema.safeParse(valid).success).toBe(true));
  it('names each bad field and refuses unknown ones', () => {
    const result = newPatientSchema.safeParse({ ...valid, dateOfBirth: '1985-13-40', sexAtBirth: 'x', role: 'admin' });
    expect(result.error?.issues.map((issue) => issue.path.join('.') || issue.code).sort()).toEqual(['dateOfBirth', 'sexAtBirth', 'unrecognized_keys']);
  });
  it('formats MRNs', () => expect(formatMrn(42)).toBe('KC-000042'));
});
