import { describe, expect, it } from 'vitest';
import { type CountLine, type LedgerContainer, compareCount } from './daily-count.js';

const sealedA: LedgerContainer = { containerId: 'vial-a', state: 'sealed', balanceMl: 10, containerMl: 10 };
const sealedB: LedgerContainer = { containerId: 'vial-b', state: 'sealed', balanceMl: 10, containerMl: 10 };
const openC: LedgerContainer = { containerId: 'vial-c', state: 'in-use', balanceMl: 6.5, containerMl: 10 };
const emptyD: LedgerContainer = { containerId: 'vial-d', state: 'in-use', balanceMl: 0, containerMl: 10 };
const ledger = [sealedA, sealedB, openC, emptyD];

const sealed = (containerId: string, sealedPresent = true): CountLine => ({ containerId, state: 'sealed', countedMl: null, sealedPresent });
const inUse = (containerId: string, countedMl: number | null): CountLine => ({ containerId, state: 'in-use', countedMl, sealedPresent: false });
const options = { openToleranceMl: 0.1 };

describe('compareCount', () => {
  it.each<[string, CountLine[], ReturnType<typeof compareCount>]>([
    ['everything where the ledger says', [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.5)], []],
    ['the empty vial may be counted at 0 or left out', [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.5), inUse('vial-d', 0)], []],
    ['in-use within 0.1 mL', [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.4)], []],
    ['in-use 0.1 mL over, within tolerance', [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.6)], []],
    ['estimated to the nearest mL (1304.11(e)(3)): 0.5 mL off is within', [sealed('vial-a'), sealed('vial-b'), { ...inUse('vial-c', 7), method: 'estimated' }], []],
    ['estimated, 0.6 mL off', [sealed('vial-a'), sealed('vial-b'), { ...inUse('vial-c', 5.9), method: 'estimated' }], [{ containerId: 'vial-c', expected: 6.5, counted: 5.9, differenceMl: -0.6, kind: 'volume-difference' }]],
    ['measured exactly, 0.5 mL off', [sealed('vial-a'), sealed('vial-b'), { ...inUse('vial-c', 7), method: 'exact' }], [{ containerId: 'vial-c', expected: 6.5, counted: 7, differenceMl: 0.5, kind: 'volume-difference' }]],
    [
      'sealed vial missing',
      [sealed('vial-a'), sealed('vial-b', false), inUse('vial-c', 6.5)],
      [{ containerId: 'vial-b', expected: 10, counted: 0, differenceMl: -10, kind: 'missing-container' }],
    ],
    [
      'sealed vial not on the count sheet',
      [sealed('vial-a'), inUse('vial-c', 6.5)],
      [{ containerId: 'vial-b', expected: 10, counted: 0, differenceMl: -10, kind: 'missing-container' }],
    ],
    [
      'in-use short by 0.2 mL with 0.1 tolerance',
      [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.3)],
      [{ containerId: 'vial-c', expected: 6.5, counted: 6.3, differenceMl: -0.2, kind: 'volume-difference' }],
    ],
    [
      'in-use over by 0.2 mL',
      [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.7)],
      [{ containerId: 'vial-c', expected: 6.5, counted: 6.7, differenceMl: 0.2, kind: 'volume-difference' }],
    ],
    [
      'in-use not measured counts as missing',
      [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', null)],
      [{ containerId: 'vial-c', expected: 6.5, counted: 0, differenceMl: -6.5, kind: 'missing-container' }],
    ],
    [
      'a sealed vial found opened and short',
      [inUse('vial-a', 9.5), sealed('vial-b'), inUse('vial-c', 6.5)],
      [{ containerId: 'vial-a', expected: 10, counted: 9.5, differenceMl: -0.5, kind: 'volume-difference' }],
    ],
    [
      'an emptied vial with stock in it',
      [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.5), inUse('vial-d', 1)],
      [{ containerId: 'vial-d', expected: 0, counted: 1, differenceMl: 1, kind: 'unexpected-container' }],
    ],
    [
      'a container the ledger does not know',
      [sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.5), inUse('vial-x', 2.25), sealed('vial-y'), inUse('vial-z', 0)],
      [
        { containerId: 'vial-x', expected: 0, counted: 2.25, differenceMl: 2.25, kind: 'unexpected-container' },
        { containerId: 'vial-y', expected: 0, counted: 0, differenceMl: 0, kind: 'unexpected-container' },
      ],
    ],
    [
      'several at once, in ledger order',
      [inUse('vial-c', 5), sealed('vial-a', false)],
      [
        { containerId: 'vial-a', expected: 10, counted: 0, differenceMl: -10, kind: 'missing-container' },
        { containerId: 'vial-b', expected: 10, counted: 0, differenceMl: -10, kind: 'missing-container' },
        { containerId: 'vial-c', expected: 6.5, counted: 5, differenceMl: -1.5, kind: 'volume-difference' },
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(compareCount(lines, ledger, options)).toEqual(expected);
  });

  it('counts sealed containers exactly: a sealed vial the ledger has at 9.95 mL is a difference', () => {
    const partial: LedgerContainer = { ...sealedA, balanceMl: 9.95 };
    expect(compareCount([sealed('vial-a')], [partial], options)).toEqual([{ containerId: 'vial-a', expected: 9.95, counted: 10, differenceMl: 0.05, kind: 'volume-difference' }]);
  });

  it('lets a jurisdiction that allows estimates widen the tolerance, and an exact clinic set 0', () => {
    expect(compareCount([sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6)], ledger, { openToleranceMl: 0.5 })).toEqual([]);
    expect(compareCount([sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.49)], ledger, { openToleranceMl: 0 })).toHaveLength(1);
  });

  it('defaults to 0.1 mL', () => {
    expect(compareCount([sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.4)], ledger)).toEqual([]);
    expect(compareCount([sealed('vial-a'), sealed('vial-b'), inUse('vial-c', 6.39)], ledger)).toHaveLength(1);
  });

  it('refuses a container counted twice', () => {
    expect(() => compareCount([inUse('vial-c', 6.5), inUse('vial-c', 6.5)], ledger, options)).toThrow(RangeError);
  });
});
