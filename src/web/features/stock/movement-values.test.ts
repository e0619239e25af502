import { describe, expect, it } from 'vitest';
import { emptyMovement, movementBody, type MovementValues } from './movement-values';
import { container } from './stock-fixtures';

const now = new Date('2026-03-05T18:00:00.000Z');
const open = container({ state: 'in-use', balanceMg: 66, balanceMl: 6.6 });
const nina = { email: 'nina@example.test', password: 'correct horse', code: '123 456' };
const omar = { email: 'omar@example.test', password: 'battery staple', code: '' };
const values = (overrides: Partial<MovementValues>): MovementValues => ({ ...emptyMovement(), quantityMg: '66', quantityMl: '6.6', ...overrides });

describe('movementBody', () => {
  it('sends waste with its method and the witness who signed in', () => {
    expect(movementBody(values({ method: ' Expelled into the waste bin ', witnesses: [nina, omar] }), open, now)).toEqual({
      kind: 'valid',
      body: { entry: { kind: 'waste', containerId: open.id, quantityMg: 66, quantityMl: 6.6, method: 'Expelled into the waste bin' }, witness: { email: 'nina@example.test', password: 'correct horse', code: '123456' } },
    });
  });

  it('asks for the waste witness and the method before sending anything', () => {
    expect(movementBody(values({ witnesses: [{ email: '', password: '', code: '12' }, omar] }), open, now)).toEqual({
      kind: 'invalid',
      errors: {
        'entry.method': 'Say how it was wasted',
        'witness.email': 'The witness enters their e-mail address',
        'witness.password': 'The witness enters their password',
        'witness.code': 'Six digits from the witness’s authenticator app',
      },
    });
  });

  it('sends a destruction as DEA Form 41 with two different witnesses', () => {
    const parsed = movementBody(values({ kind: 'destruction', method: 'Rx Destroyer', destroyedWhere: 'Medication room', partialCount: true, witnesses: [nina, omar] }), open, now);
    expect(parsed).toEqual({
      kind: 'valid',
      body: {
        entry: { kind: 'destruction', containerId: open.id, quantityMg: 66, quantityMl: 6.6, form41: { method: 'Rx Destroyer', location: 'Medication room', ndc: open.ndc, partialCount: true } },
        witnesses: [{ email: nina.email, password: nina.password, code: '123456' }, { email: omar.email, password: omar.password }],
      },
    });
    const same = movementBody(values({ kind: 'destruction', method: 'Rx Destroyer', destroyedWhere: 'Medication room', witnesses: [nina, { ...nina, email: 'NINA@example.test' }] }), open, now);
    expect(same).toEqual({ kind: 'invalid', errors: { 'witnesses.1.email': 'Two different witnesses' } });
  });

  it('checks the reverse distributor’s DEA number', () => {
    const wrong = movementBody(values({ kind: 'return-to-reverse-distributor', distributorName: 'Returns Inc', distributorAddress: '1 Way', distributorDeaNumber: 'AB1234567' }), open, now);
    expect(wrong).toEqual({ kind: 'invalid', errors: { 'entry.distributor.deaNumber': 'Not a DEA registration number (2 letters, 7 digits, valid check digit)' } });
    const right = movementBody(values({ kind: 'return-to-reverse-distributor', distributorName: 'Returns Inc', distributorAddress: '1 Way', distributorDeaNumber: 'ab1234563' }), open, now);
    expect(right.kind === 'valid' && right.body.entry.distributor).toEqual({ name: 'Returns Inc', address: '1 Way', deaNumber: 'AB1234563' });
  });

  it('dates a theft or loss at its discovery, which cannot be in the future', () => {
    const discovered = '2026-03-05T09:30';
    const parsed = movementBody(values({ kind: 'theft-loss', discoveredAt: discovered, circumstances: 'Vial missing from the safe at the morning count.' }), open, now);
    const iso = new Date(discovered).toISOString();
    expect(parsed.kind === 'valid' && parsed.body.entry).toMatchObject({ kind: 'theft-loss', discoveredAt: iso, occurredAt: iso, circumstances: 'Vial missing from the safe at the morning count.' });
    expect(movementBody(values({ kind: 'theft-loss', discoveredAt: '2026-03-06T09:30', circumstances: 'x' }), open, now)).toEqual({ kind: 'invalid', errors: { 'entry.discoveredAt': 'Not in the future' } });
  });

  it('asks a count adjustment for a reason of 10 characters, and lets an increase exceed the balance', () => {
    expect(movementBody(values({ kind: 'count-adjustment', reason: 'short' }), open, now)).toEqual({ kind: 'invalid', errors: { 'entry.reason': 'At least 10 characters' } });
    const increase = movementBody(values({ kind: 'count-adjustment', reason: 'Vial overfill found at count', direction: 'increase', quantityMg: '100', quantityMl: '10' }), open, now);
    expect(increase.kind === 'valid' && increase.body.entry).toEqual({ kind: 'count-adjustment', containerId: open.id, quantityMg: 100, quantityMl: 10, reason: 'Vial overfill found at count', direction: 'increase' });
    const decrease = movementBody(values({ kind: 'count-adjustment', reason: 'Vial overfill found at count', quantityMg: '100', quantityMl: '10' }), open, now);
    expect(decrease).toEqual({ kind: 'invalid', errors: { 'entry.quantityMl': 'More than the container holds (6.6 mL)' } });
  });

  it('keeps mg and mL together: a pair that disagrees with the strength is refused', () => {
    expect(movementBody(values({ quantityMg: '60', method: 'Bin', witnesses: [nina, omar] }), open, now)).toEqual({ kind: 'invalid', errors: { 'entry.quantityMg': 'Does not match 6.6 mL at 10 mg/mL' } });
  });
});
