import { describe, expect, it } from 'vitest';
import { container, ketalar, spravato } from '../stock/stock-fixtures';
import { doseBody, doseValues, drawFrom } from './dose-values';

const iv = { esketamine: false, weightBased: true };
const nasal = { esketamine: true, weightBased: false };
const vial = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, lotNumber: 'KET-L1', expiresOn: '2027-09-30' }, ketalar);

describe('drawFrom', () => {
  it('takes the lot, expiry and concentration from the container chosen', () => {
    const values = drawFrom({ ...doseValues(null), weightKg: '68', volumeMl: '3.4' }, vial);
    expect(values).toEqual({ weightKg: '68', containerId: vial.id, lotNumber: 'KET-L1', expiresOn: '2027-09-30', concentrationMgPerMl: '10', volumeMl: '3.4', devices: '' });
  });

  it('keeps a nasal device’s dose in devices, with no concentration', () => {
    const device = container({ lotNumber: 'ESK-L1' }, spravato);
    expect(drawFrom(doseValues(null), device)).toMatchObject({ containerId: device.id, lotNumber: 'ESK-L1', concentrationMgPerMl: '' });
  });
});

describe('doseBody', () => {
  it('names the container drawn from', () => {
    const values = { ...drawFrom(doseValues(null), vial), weightKg: '68', volumeMl: '3.4' };
    expect(doseBody(values, iv, true)).toEqual({
      kind: 'valid',
      body: { weightKg: 68, drawn: { containerId: vial.id, lotNumber: 'KET-L1', expiresOn: '2027-09-30', concentrationMgPerMl: 10, volumeMl: 3.4 } },
    });
  });

  it('asks for the container when the clinic keeps its stock here', () => {
    expect(doseBody({ ...doseValues(null), devices: '2' }, nasal, true)).toEqual({ kind: 'invalid', errors: { containerId: 'Choose the container you drew from', lotNumber: 'Required' } });
  });

  it('still takes a typed lot when there is no stock to draw from', () => {
    expect(doseBody({ ...doseValues(null), lotNumber: ' LOT-9 ', devices: '3' }, nasal)).toEqual({ kind: 'valid', body: { drawn: { lotNumber: 'LOT-9', devices: 3 } } });
  });
});
