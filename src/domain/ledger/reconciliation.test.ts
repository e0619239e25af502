import { describe, expect, it } from 'vitest';
import { type ReconciliationProblemCode, reconcileSession } from './reconciliation.js';

describe('reconcileSession', () => {
  it.each<[string, Parameters<typeof reconcileSession>[0], ReconciliationProblemCode[]]>([
    ['all given', { drawnMg: 50, administeredMg: 50, wastedMg: 0, wasteWitnessed: false }, []],
    ['given and witnessed waste', { drawnMg: 60, administeredMg: 50, wastedMg: 10, wasteWitnessed: true }, []],
    ['nothing drawn', { drawnMg: 0, administeredMg: 0, wastedMg: 0, wasteWitnessed: false }, []],
    ['0.1 mg short: within the default tolerance', { drawnMg: 60, administeredMg: 49.9, wastedMg: 10, wasteWitnessed: true }, []],
    ['0.1 mg over: within the default tolerance', { drawnMg: 60, administeredMg: 50.1, wastedMg: 10, wasteWitnessed: true }, []],
    ['float sums that do not drift', { drawnMg: 0.3, administeredMg: 0.1, wastedMg: 0.2, wasteWitnessed: true }, []],
    ['0.11 mg short', { drawnMg: 60, administeredMg: 49.89, wastedMg: 10, wasteWitnessed: true }, ['DRAWN_NOT_ACCOUNTED_FOR']],
    ['waste never recorded', { drawnMg: 60, administeredMg: 50, wastedMg: 0, wasteWitnessed: false }, ['DRAWN_NOT_ACCOUNTED_FOR']],
    ['0.11 mg over', { drawnMg: 60, administeredMg: 50.11, wastedMg: 10, wasteWitnessed: true }, ['MORE_ACCOUNTED_THAN_DRAWN']],
    ['waste without a witness', { drawnMg: 60, administeredMg: 50, wastedMg: 10, wasteWitnessed: false }, ['WASTE_NOT_WITNESSED']],
    ['short and unwitnessed', { drawnMg: 60, administeredMg: 40, wastedMg: 10, wasteWitnessed: false }, ['DRAWN_NOT_ACCOUNTED_FOR', 'WASTE_NOT_WITNESSED']],
    ['over and unwitnessed', { drawnMg: 50, administeredMg: 50, wastedMg: 10, wasteWitnessed: false }, ['MORE_ACCOUNTED_THAN_DRAWN', 'WASTE_NOT_WITNESSED']],
    ['exact tolerance 0', { drawnMg: 60, administeredMg: 49.99, wastedMg: 10, wasteWitnessed: true, toleranceMg: 0 }, ['DRAWN_NOT_ACCOUNTED_FOR']],
    ['wider tolerance', { drawnMg: 60, administeredMg: 49.5, wastedMg: 10, wasteWitnessed: true, toleranceMg: 0.5 }, []],
  ])('%s', (_name, args, codes) => {
    const result = reconcileSession(args);
    if (codes.length === 0) expect(result).toEqual({ kind: 'reconciled' });
    else expect(result.kind === 'unreconciled' && result.problems.map((problem) => problem.code)).toEqual(codes);
  });

  it('says how much is unaccounted for', () => {
    expect(reconcileSession({ drawnMg: 60, administeredMg: 40, wastedMg: 10, wasteWitnessed: false })).toEqual({
      kind: 'unreconciled',
      problems: [
        { code: 'DRAWN_NOT_ACCOUNTED_FOR', message: '10 mg drawn is neither administered nor wasted' },
        { code: 'WASTE_NOT_WITNESSED', message: '10 mg wasted without a witness' },
      ],
    });
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('refuses a drawn amount of %d rather than calling it reconciled', (drawnMg) => {
    expect(() => reconcileSession({ drawnMg, administeredMg: 50, wastedMg: 0, wasteWitnessed: false })).toThrow(RangeError);
  });
});
