import { describe, expect, it } from 'vitest';
import { consentStatus, type SignatureFacts } from './consent-status.js';

const signed = (overrides: Partial<SignatureFacts> = {}): SignatureFacts => ({
  id: 's1',
  kind: 'racemic-iv-im',
  documentVersion: 1,
  signedAt: '2026-11-01T10:00:00.000Z',
  countersignedAt: '2026-11-01T10:05:00.000Z',
  revokedAt: null,
  ...overrides,
});

describe('consentStatus', () => {
  it.each([
    ['nothing signed', [], 1, 'not-signed'],
    ['signed, not yet countersigned', [signed({ countersignedAt: null })], 1, 'awaiting-countersignature'],
    ['signed and countersigned on the current version', [signed()], 1, 'current'],
    ['a newer version was published since', [signed()], 2, 'new-version-to-sign'],
    ['revoked', [signed({ revokedAt: '2026-11-02T09:00:00.000Z' })], 1, 'revoked'],
    ['re-signed after a revocation', [signed({ revokedAt: '2026-11-02T09:00:00.000Z' }), signed({ id: 's2', signedAt: '2026-11-03T09:00:00.000Z' })], 1, 'current'],
    ['another kind does not count', [signed({ kind: 'esketamine-intranasal' })], 1, 'not-signed'],
  ] as const)('%s', (_label, signatures, version, state) => {
    expect(consentStatus('racemic-iv-im', version, signatures).state).toBe(state);
  });
});
