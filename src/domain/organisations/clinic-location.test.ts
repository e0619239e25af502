import { describe, expect, it } from 'vitest';
import { clinicLocationInputSchema, formatAddressOneLine, isIanaTimeZone, organisationSlugSchema } from './clinic-location.js';

describe('isIanaTimeZone', () => {
  it.each([
    ['America/New_York', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Europe/London', true],
    ['UTC', true],
    ['Etc/GMT+5', true],
    ['EST', false],
    ['+05:00', false],
    ['America/Atlantis', false],
    ['', false],
  ])('%s → %s', (zone, expected) => {
    expect(isIanaTimeZone(zone)).toBe(expected);
  });
});

describe('organisationSlugSchema', () => {
  it.each([
    ['demo', true],
    ['demo-ketamine-clinic', true],
    ['Demo', false],
    ['demo--clinic', false],
    ['-demo', false],
    ['a'.repeat(64), false],
  ])('%s → %s', (slug, ok) => {
    expect(organisationSlugSchema.safeParse(slug).success).toBe(ok);
  });
});

describe('clinicLocationInputSchema', () => {
  const valid = {
    name: ' Riverside ',
    address: { line1: '100 Example Ave', city: 'Sampleton', region: 'ZZ', postalCode: '00000' },
    timeZone: 'America/Chicago',
  };

  it('trims text and defaults the country', () => {
    const parsed = clinicLocationInputSchema.parse(valid);
    expect(parsed.name).toBe('Riverside');
    expect(parsed.address.country).toBe('US');
  });

  it('names every bad field', () => {
    const result = clinicLocationInputSchema.safeParse({ ...valid, name: '  ', timeZone: 'CST', address: { ...valid.address, country: 'usa' } });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['address.country', 'name', 'timeZone']);
  });

  it('formats an address on one line', () => {
    const { address } = clinicLocationInputSchema.parse({ ...valid, address: { ...valid.address, line2: 'Suite 2' } });
    expect(formatAddressOneLine(address)).toBe('100 Example Ave, Suite 2, Sampleton, ZZ 00000');
  });
});
