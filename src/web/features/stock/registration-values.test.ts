import { describe, expect, it } from 'vitest';
import { registrationBody, registrationWarnings } from './registration-values';

const today = '2026-03-01';
const registration = (expiresOn: string, schedules = ['2', '2N', '3', '3N', '4', '5']) => ({ id: 'b1000000-0000-4000-8000-000000000001', number: 'AB1234563', schedules, expiresOn });

describe('registrationWarnings', () => {
  it.each([
    ['2026-05-31', []],
    ['2026-05-30', ['Expires on May 30, 2026, in 90 days. Renew it with the DEA and add the renewed registration here.']],
    ['2026-03-02', ['Expires on Mar 2, 2026, in 1 day. Renew it with the DEA and add the renewed registration here.']],
    ['2026-03-01', ['Expires on Mar 1, 2026, in 0 days. Renew it with the DEA and add the renewed registration here.']],
    ['2026-02-28', ['Expired on Feb 28, 2026. Renew it with the DEA and add the renewed registration here.']],
  ])('expiring %s: %j', (expiresOn, warnings) => {
    expect(registrationWarnings(registration(expiresOn), today)).toEqual(warnings);
  });

  it('says when the registration does not cover ketamine and esketamine (Schedule III non-narcotic)', () => {
    expect(registrationWarnings(registration('2027-05-31', ['2', '3', '4']), today)).toEqual(['It does not list Schedule 3N (Schedule III non-narcotic), which ketamine and esketamine are: it does not cover them.']);
  });
});

describe('registrationBody', () => {
  it('sends the number as the DEA prints it', () => {
    expect(registrationBody({ number: ' ab1234563 ', schedules: ['3', '3N'], expiresOn: '2028-03-31' }, 'loc-1', today)).toEqual({ kind: 'valid', body: { locationId: 'loc-1', number: 'AB1234563', schedules: ['3', '3N'], expiresOn: '2028-03-31' } });
  });

  it('refuses a wrong check digit, no schedule, and a registration already expired', () => {
    expect(registrationBody({ number: 'AB1234567', schedules: [], expiresOn: '2026-02-28' }, 'loc-1', today)).toEqual({
      kind: 'invalid',
      errors: { number: 'Not a DEA registration number (2 letters, 7 digits, valid check digit)', schedules: 'Tick the schedules printed on the certificate', expiresOn: 'This registration has already expired' },
    });
  });
});
