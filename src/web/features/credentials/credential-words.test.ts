import { describe, expect, it } from 'vitest';
import { credential } from './credential-fixtures';
import { credentialTitle, expiryBadge } from './credential-words';

// Local times, so the calendar days are the same in any time zone the tests run in.
const now = new Date(2026, 0, 10, 10, 0, 0);
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('The expiry badge', () => {
  it.each([
    ['at the very instant it expires', { expiresAt: now.toISOString(), expiryBand: '30' as const }, 'Expired', 'red'],
    ['a moment after, before the server has said so', { expiresAt: new Date(now.getTime() - 1).toISOString(), expiryBand: '30' as const }, 'Expired', 'red'],
    ['when the server says it has expired', { expiresAt: at(2026, 0, 10, 23, 59), expiryBand: 'expired' as const }, 'Expired', 'red'],
    ['a minute before it expires, later today', { expiresAt: new Date(now.getTime() + 60_000).toISOString(), expiryBand: '30' as const }, 'Expires today', 'orange'],
    ['tonight at 23:59', { expiresAt: at(2026, 0, 10, 23, 59), expiryBand: '30' as const }, 'Expires today', 'orange'],
    ['just after midnight', { expiresAt: at(2026, 0, 11, 0, 1), expiryBand: '30' as const }, 'Expires in 1 day', 'orange'],
    ['30 days ahead', { expiresAt: at(2026, 1, 9, 23, 59), expiryBand: '30' as const }, 'Expires in 30 days', 'orange'],
    ['31 days ahead', { expiresAt: at(2026, 1, 10, 23, 59), expiryBand: '60' as const }, 'Expires in 31 days', 'yellow'],
    ['90 days ahead', { expiresAt: at(2026, 3, 10, 23, 59), expiryBand: '90' as const }, 'Expires in 90 days', 'yellow'],
    ['more than 90 days ahead', { expiresAt: at(2026, 3, 11, 23, 59), expiryBand: null }, 'In force', 'green'],
    ['never, as an NPI', { expiresAt: null, expiryBand: null }, 'In force', 'green'],
  ])('%s', (_when, overrides, label, color) => {
    expect(expiryBadge(credential(overrides), now)).toEqual({ label, color });
  });

  it('says a suspended or revoked credential is not in force, whatever its expiry', () => {
    expect(expiryBadge(credential({ status: 'suspended', expiryBand: null }), now)).toEqual({ label: 'Not in force: suspended', color: 'red' });
    expect(expiryBadge(credential({ status: 'revoked', expiresAt: now.toISOString(), expiryBand: 'expired' }), now)).toEqual({ label: 'Not in force: revoked', color: 'red' });
  });
});

describe('What a credential is called', () => {
  it('names licences by type and state, NPI and DEA by number, the rest by type', () => {
    expect(credentialTitle(credential())).toBe('RN licence (ZZ)');
    expect(credentialTitle(credential({ kind: 'npi', type: 'NPI', jurisdiction: null, number: '1000001018' }))).toBe('NPI 1000001018');
    expect(credentialTitle(credential({ kind: 'dea-registration', type: 'DEA', number: 'AB1234563' }))).toBe('DEA registration AB1234563');
    expect(credentialTitle(credential({ kind: 'life-support', type: 'ACLS' }))).toBe('ACLS');
  });
});
