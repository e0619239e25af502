import { describe, expect, it } from 'vitest';
import { otherQuantity, parseQuantity } from './quantity';

describe('otherQuantity', () => {
  it.each([
    ['3.4', 'ml', 10, '34'],
    ['34', 'mg', 10, '3.4'],
    ['0.2', 'ml', 140, '28'],
    ['56', 'mg', 140, '0.4'],
    ['1.234', 'ml', 10, '12.34'],
    ['', 'ml', 10, ''],
    ['abc', 'mg', 10, ''],
    ['-1', 'mg', 10, ''],
  ] as const)('%s %s at %s mg/mL gives %s', (typed, unit, strength, expected) => {
    expect(otherQuantity(typed, unit, strength)).toBe(expected);
  });
});

describe('parseQuantity', () => {
  it('accepts a pair that agrees with the strength', () => {
    expect(parseQuantity('34', '3.4', 10)).toEqual({ kind: 'valid', quantityMg: 34, quantityMl: 3.4 });
    expect(parseQuantity('34.05', '3.4', 10, 20)).toEqual({ kind: 'valid', quantityMg: 34.05, quantityMl: 3.4 });
  });

  it('refuses mg that do not match the mL at this strength (tolerance 0.1 mg)', () => {
    expect(parseQuantity('34.2', '3.4', 10)).toEqual({ kind: 'invalid', errors: { mg: 'Does not match 3.4 mL at 10 mg/mL' } });
  });

  it('names each missing or unreadable field', () => {
    expect(parseQuantity('', '0', 10)).toEqual({ kind: 'invalid', errors: { mg: 'Required', ml: 'Enter a number above 0' } });
    expect(parseQuantity('1.005', '0.1', 10)).toEqual({ kind: 'invalid', errors: { mg: 'At most 2 decimal places' } });
  });

  it('refuses to take out more than the container holds', () => {
    expect(parseQuantity('210', '21', 10, 20)).toEqual({ kind: 'invalid', errors: { ml: 'More than the container holds (20 mL)' } });
    expect(parseQuantity('200', '20', 10, 20).kind).toBe('valid');
  });
});
