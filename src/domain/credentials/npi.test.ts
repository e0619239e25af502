import { describe, expect, it } from 'vitest';
import { isValidNpi, luhnCheckDigit } from './npi.js';

describe('NPI check digit', () => {
  it.each([
    // CMS's worked example: 123456789 → check digit 3.
    ['1234567893', true],
    ['1234567890', false],
    ['123456789', false],
    ['12345678931', false],
    ['12345A7893', false],
    ['', false],
  ])('%s → %s', (npi, valid) => {
    expect(isValidNpi(npi)).toBe(valid);
  });

  it('completes a payload with its Luhn digit', () => {
    expect(luhnCheckDigit('80840123456789')).toBe(3);
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });
});
