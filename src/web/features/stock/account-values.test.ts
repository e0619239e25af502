import { describe, expect, it } from 'vitest';
import { accountBody, devicesBody, devicesGivenMg, nextDevices, noneGiven, outstandingMg, startAccount, startDevices } from './account-values';
import { container, sessionDraw, spravato } from './stock-fixtures';

const drawn = sessionDraw({ doseMg: 34, drawn: { containerId: 'c1', lotNumber: 'L1', mg: 40 }, totals: { drawnMg: 40, administeredMg: 0, wastedMg: 0, unaccountedMg: 40 } });
const witness = { email: 'nina@example.test', password: 'her password', code: '654321' };
const method = 'Expelled into the waste container';

describe('account for a vial drawn for a session', () => {
  it('starts from the dose: one line given from the vial, and the rest wasted from it with the witness', () => {
    const values = startAccount(drawn, 10);
    expect(values).toMatchObject({ administeredMg: '34', administeredMl: '3.4' });
    expect(accountBody({ ...values, method, witness }, drawn, 'c1', 10)).toEqual({
      kind: 'valid',
      wasteMg: 6,
      body: { administrations: [{ containerId: 'c1', quantityMg: 34, quantityMl: 3.4 }], waste: { containerId: 'c1', quantityMg: 6, quantityMl: 0.6, method }, witness },
    });
  });

  it('needs no waste and no witness when the whole draw was given', () => {
    const whole = { ...startAccount(drawn, 10), administeredMg: '40', administeredMl: '4' };
    expect(accountBody(whole, drawn, 'c1', 10)).toEqual({ kind: 'valid', wasteMg: 0, body: { administrations: [{ containerId: 'c1', quantityMg: 40, quantityMl: 4 }] } });
  });

  it('wastes all of it when none was given (stopped before any was given): no administration line', () => {
    const none = { administeredMg: '0', administeredMl: '0', method: 'Expelled', witness };
    expect(noneGiven(none)).toBe(true);
    expect(noneGiven({ administeredMg: '0', administeredMl: '' })).toBe(true);
    expect(noneGiven({ administeredMg: '', administeredMl: '' })).toBe(false);
    expect(accountBody(none, drawn, 'c1', 10)).toEqual({ kind: 'valid', wasteMg: 40, body: { administrations: [], waste: { containerId: 'c1', quantityMg: 40, quantityMl: 4, method: 'Expelled' }, witness } });
    expect(accountBody({ ...none, method: '', witness: { email: '', password: '', code: '' } }, drawn, 'c1', 10)).toEqual({
      kind: 'invalid',
      errors: { 'waste.method': 'Say how it was wasted', 'witness.email': 'The witness enters their e-mail address', 'witness.password': 'The witness enters their password' },
    });
  });

  it('keys its errors as the server’s pointers name the fields, and refuses more than is outstanding', () => {
    expect(accountBody(startAccount(drawn, 10), drawn, 'c1', 10)).toEqual({
      kind: 'invalid',
      errors: { 'waste.method': 'Say how the rest was wasted', 'witness.email': 'The witness enters their e-mail address', 'witness.password': 'The witness enters their password' },
    });
    expect(accountBody({ ...startAccount(drawn, 10), administeredMg: '50', administeredMl: '5' }, drawn, 'c1', 10)).toEqual({ kind: 'invalid', errors: { 'administrations.0.quantityMg': 'More than is left to account for (40 mg)' } });
    expect(accountBody({ ...startAccount(drawn, 10), administeredMg: '34', administeredMl: '3', method, witness }, drawn, 'c1', 10)).toEqual({ kind: 'invalid', errors: { 'administrations.0.quantityMg': 'Does not match 3 mL at 10 mg/mL' } });
    expect(accountBody({ ...startAccount(drawn, 10), method, witness }, drawn, '', 10)).toEqual({ kind: 'invalid', errors: { containerId: 'Choose the container it was drawn from' } });
  });

  it('counts what the ledger already has for the session', () => {
    const partly = sessionDraw({ doseMg: 56, drawn: { containerId: 'c2', lotNumber: 'E1', mg: 84 }, totals: { drawnMg: 84, administeredMg: 28, wastedMg: 0, unaccountedMg: 56 } });
    expect(outstandingMg(partly)).toBe(56);
    expect(startAccount(partly, 140)).toMatchObject({ administeredMg: '28', administeredMl: '0.2' });
  });
});

describe('account for esketamine devices drawn for a session', () => {
  const [d1, d2, d3, d4] = [1, 2, 3, 4].map(() => container({}, spravato));
  const devices = (mg: number, overrides: Parameters<typeof sessionDraw>[0] = {}) =>
    sessionDraw({ form: 'nasal-device', doseMg: mg, drawn: { containerId: d2!.id, lotNumber: 'L1', mg }, candidates: [d1!, d2!, d3!, d4!], totals: { drawnMg: mg, administeredMg: 0, wastedMg: 0, unaccountedMg: mg }, ...overrides });

  it('lists as many devices as the outstanding mg fills, the drawn device first, then the next by expiry', () => {
    expect(startDevices(devices(84))).toEqual([d2!.id, d1!.id, d3!.id]);
    expect(startDevices(devices(56))).toEqual([d2!.id, d1!.id]);
    expect(startDevices(devices(28))).toEqual([d2!.id]);
    // The drawn device already accounted for (no longer in stock): the next by expiry.
    expect(startDevices(devices(84, { candidates: [d1!, d3!, d4!], totals: { drawnMg: 84, administeredMg: 28, wastedMg: 0, unaccountedMg: 56 } }))).toEqual([d1!.id, d3!.id]);
    expect(nextDevices(devices(84), [d2!.id, d1!.id], 2)).toEqual([d3!.id, d4!.id]);
  });

  it('gives each device whole, one line per device, with no waste', () => {
    const draw = devices(56);
    expect(devicesGivenMg(draw, [d2!.id, d1!.id])).toBe(56);
    expect(devicesBody([d2!.id, d1!.id], draw)).toEqual({
      kind: 'valid',
      wasteMg: 0,
      body: {
        administrations: [
          { containerId: d2!.id, quantityMg: 28, quantityMl: 0.2 },
          { containerId: d1!.id, quantityMg: 28, quantityMl: 0.2 },
        ],
      },
    });
    // Fewer given than drawn: the unused device is not listed, and its 28 mg stays unaccounted for.
    expect(devicesBody([d2!.id], draw)).toMatchObject({ kind: 'valid', body: { administrations: [{ containerId: d2!.id, quantityMg: 28, quantityMl: 0.2 }] } });
  });

  it('refuses a device twice, none at all, and more than is outstanding', () => {
    expect(devicesBody([d2!.id, d2!.id], devices(56))).toEqual({ kind: 'invalid', errors: { 'administrations.1.containerId': 'This device is already listed' } });
    expect(devicesBody([d2!.id, ''], devices(56))).toEqual({ kind: 'invalid', errors: { 'administrations.1.containerId': 'Choose the device' } });
    expect(devicesBody([], devices(56))).toEqual({ kind: 'invalid', errors: { administrations: 'Choose the devices given' } });
    expect(devicesBody([d2!.id, d1!.id, d3!.id], devices(56))).toEqual({ kind: 'invalid', errors: { administrations: 'More than is left to account for (56 mg)' } });
  });
});
