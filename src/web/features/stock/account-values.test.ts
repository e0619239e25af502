import { describe, expect, it } from 'vitest';
import { accountBody, outstandingMg, startAccount } from './account-values';
import { sessionDraw } from './stock-fixtures';

const drawn = sessionDraw({ doseMg: 34, drawn: { containerId: 'c1', lotNumber: 'L1', mg: 40 }, totals: { drawnMg: 40, administeredMg: 0, wastedMg: 0, unaccountedMg: 40 } });
const witness = { email: 'nina@example.test', password: 'her password', code: '654321' };

describe('account for a session’s draw', () => {
  it('starts from the dose, and wastes the rest with the witness', () => {
    const values = startAccount(drawn, 10);
    expect(values).toMatchObject({ administeredMg: '34', administeredMl: '3.4' });
    expect(accountBody({ ...values, method: 'Expelled into the waste container', witness }, drawn, 'c1', 10)).toEqual({
      kind: 'valid',
      wasteMg: 6,
      body: { containerId: 'c1', administeredMg: 34, administeredMl: 3.4, waste: { quantityMg: 6, quantityMl: 0.6, method: 'Expelled into the waste container' }, witness },
    });
  });

  it('needs no witness when the whole draw was given', () => {
    const whole = { ...startAccount(drawn, 10), administeredMg: '40', administeredMl: '4' };
    expect(accountBody(whole, drawn, 'c1', 10)).toEqual({ kind: 'valid', wasteMg: 0, body: { containerId: 'c1', administeredMg: 40, administeredMl: 4 } });
  });

  it('needs some of the dose given: the ledger records an administration above 0 mg', () => {
    const none = { administeredMg: '0', administeredMl: '0', method: 'Expelled', witness };
    expect(accountBody(none, drawn, 'c1', 10)).toEqual({ kind: 'invalid', errors: { administeredMg: 'Enter a number above 0', administeredMl: 'Enter a number above 0' } });
  });

  it('asks for the waste’s method and witness, and refuses more than is outstanding', () => {
    expect(accountBody(startAccount(drawn, 10), drawn, 'c1', 10)).toEqual({
      kind: 'invalid',
      errors: { 'waste.method': 'Say how the rest was wasted', 'witness.email': 'The witness enters their e-mail address', 'witness.password': 'The witness enters their password' },
    });
    expect(accountBody({ ...startAccount(drawn, 10), administeredMg: '50', administeredMl: '5' }, drawn, 'c1', 10)).toEqual({ kind: 'invalid', errors: { administeredMg: 'More than is left to account for (40 mg)' } });
  });

  it('counts what the ledger already has for the session', () => {
    const partly = sessionDraw({ doseMg: 56, drawn: { containerId: 'c2', lotNumber: 'E1', mg: 84 }, totals: { drawnMg: 84, administeredMg: 28, wastedMg: 0, unaccountedMg: 56 } });
    expect(outstandingMg(partly)).toBe(56);
    expect(startAccount(partly, 140)).toMatchObject({ administeredMg: '28', administeredMl: '0.2' });
  });
});
