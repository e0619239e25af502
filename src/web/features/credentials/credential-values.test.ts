import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../domain/credentials/npi';
import { credential, northId } from './credential-fixtures';
import { credentialBody, credentialValues, emptyCredential, type CredentialValues } from './credential-values';

const validNpi = `100000101${luhnCheckDigit('80840100000101')}`;
const values = (kind: CredentialValues['kind'], typed: Partial<CredentialValues>): CredentialValues => ({ ...emptyCredential(kind), ...typed });
const instant = (body: ReturnType<typeof credentialBody>) => (body.kind === 'valid' && body.body.expiresAt ? new Date(body.body.expiresAt).getTime() : null);

describe('The credential form', () => {
  it('sends a licence with its state in capitals, only the fields typed, and the expiry at 23:59 local time unless told otherwise', () => {
    const parsed = credentialBody(values('licence', { type: 'NP', jurisdiction: ' co ', number: ' NP-1234 ', issuer: '', expiresOn: '2027-05-31' }));
    expect(parsed).toEqual({ kind: 'valid', body: { kind: 'licence', type: 'NP', jurisdiction: 'CO', number: 'NP-1234', expiresAt: expect.stringMatching(/^2027-05-31T23:59:00[+-]\d\d:\d\d$/), status: 'active', publiclyListed: true } });
    expect(instant(parsed)).toBe(new Date(2027, 4, 31, 23, 59).getTime());
    expect(instant(credentialBody(values('licence', { jurisdiction: 'CO', number: '1', expiresOn: '2027-05-31', expiresTime: '08:30' })))).toBe(new Date(2027, 4, 31, 8, 30).getTime());
  });

  it('asks a licence for its state (2 capital letters) and number', () => {
    expect(credentialBody(values('licence', {}))).toEqual({ kind: 'invalid', errors: { jurisdiction: 'Required', number: 'Required' } });
    expect(credentialBody(values('licence', { jurisdiction: 'Colorado', number: '1' }))).toEqual({ kind: 'invalid', errors: { jurisdiction: 'The state’s 2-letter code, for example CO' } });
  });

  it('checks an NPI’s 10 digits and check digit, and gives it no expiry', () => {
    expect(credentialBody(values('npi', { number: validNpi, expiresOn: '2030-01-01' }))).toEqual({ kind: 'valid', body: { kind: 'npi', type: 'NPI', number: validNpi, status: 'active' } });
    const wrongDigit = `${validNpi.slice(0, 9)}${(Number(validNpi[9]) + 1) % 10}`;
    expect(credentialBody(values('npi', { number: wrongDigit }))).toEqual({ kind: 'invalid', errors: { number: 'Not an NPI (10 digits, the last a check digit)' } });
    expect(credentialBody(values('npi', { number: '12345' })).kind).toBe('invalid');
  });

  it('sends a DEA registration with its schedules and, when it is for one of the clinic’s locations, the location', () => {
    expect(credentialBody(values('dea-registration', { number: 'ab1234563', locationId: northId, schedules: ['3', '3N'], expiresOn: '2027-05-31' }))).toEqual({
      kind: 'valid',
      body: { kind: 'dea-registration', type: 'DEA', number: 'AB1234563', expiresAt: expect.any(String), status: 'active', locationId: northId, schedules: ['3', '3N'] },
    });
    const elsewhere = credentialBody(values('dea-registration', { number: 'AB1234563', schedules: ['3N'], expiresOn: '2027-05-31' }));
    expect(elsewhere).toEqual({ kind: 'valid', body: { kind: 'dea-registration', type: 'DEA', number: 'AB1234563', expiresAt: expect.any(String), status: 'active', schedules: ['3N'] } });
    expect(credentialBody(values('dea-registration', { number: 'AB1234567' }))).toEqual({
      kind: 'invalid',
      errors: { number: 'Not a DEA registration number (2 letters, 7 digits, valid check digit)', expiresAt: 'Required', schedules: 'Tick the schedules printed on the certificate' },
    });
  });

  it('asks a life-support card for its expiry, and refuses one that expires before it was issued', () => {
    expect(credentialBody(values('life-support', { type: 'BLS' }))).toEqual({ kind: 'invalid', errors: { expiresAt: 'Required' } });
    expect(credentialBody(values('life-support', { type: 'BLS', issuedOn: '2026-02-01', expiresOn: '2026-01-31' }))).toEqual({ kind: 'invalid', errors: { expiresAt: 'Expires before it was issued' } });
  });

  it('fills the form from a credential on file, its expiry in local time, and sends it back unchanged', () => {
    const expiresAt = new Date(2027, 4, 31, 23, 59).toISOString();
    const onFile = credential({ kind: 'life-support', type: 'PALS', jurisdiction: null, number: 'CARD-1', issuer: 'American Heart Association', issuedOn: '2025-05-31', expiresAt, publiclyListed: false });
    const filled = credentialValues(onFile);
    expect(filled).toMatchObject({ expiresOn: '2027-05-31', expiresTime: '23:59', type: 'PALS', publiclyListed: false });
    const parsed = credentialBody(filled);
    expect(parsed).toEqual({ kind: 'valid', body: { kind: 'life-support', type: 'PALS', number: 'CARD-1', issuer: 'American Heart Association', issuedOn: '2025-05-31', expiresAt: expect.any(String), status: 'active', publiclyListed: false } });
    expect(instant(parsed)).toBe(new Date(expiresAt).getTime());
  });
});
