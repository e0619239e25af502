import { describe, expect, it } from 'vitest';
import { emptyProduct, productBody } from './product-values';

describe('productBody', () => {
  it('sends the product as typed, leaving the reorder level to the server when blank', () => {
    expect(productBody({ ...emptyProduct, genericName: ' ketamine hydrochloride (Ketalar) ', ndc: '42023-113-10', strengthMgPerMl: '10', containerMl: '20' })).toEqual({
      kind: 'valid',
      body: { genericName: 'ketamine hydrochloride (Ketalar)', ndc: '42023-113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' },
    });
    expect(productBody({ genericName: 'esketamine', ndc: '50458-028-00', form: 'nasal-device', strengthMgPerMl: '140', containerMl: '0.2', reorderAtContainers: '0' })).toMatchObject({ kind: 'valid', body: { form: 'nasal-device', reorderAtContainers: 0 } });
  });

  it.each(['4202311310', '42023-113', '42023-11310-1', 'ABCDE-113-10'])('refuses the NDC %s', (ndc) => {
    expect(productBody({ ...emptyProduct, genericName: 'ketamine', ndc, strengthMgPerMl: '10', containerMl: '20' })).toEqual({ kind: 'invalid', errors: { ndc: 'As printed, with hyphens: for example 42023-113-10' } });
  });

  it('asks for a name, a strength and a volume above 0, and a whole reorder level', () => {
    expect(productBody({ ...emptyProduct, strengthMgPerMl: '0', containerMl: 'lots', reorderAtContainers: '-1' })).toEqual({
      kind: 'invalid',
      errors: { genericName: 'Required', ndc: 'Required', strengthMgPerMl: 'A number above 0, at most 1000', containerMl: 'A number above 0, at most 1000', reorderAtContainers: 'A whole number from 0 to 1000' },
    });
  });
});
