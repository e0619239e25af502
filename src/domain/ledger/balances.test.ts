import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BalanceMovement, applyToBalance, replayBalance } from './balances.js';
import { ledgerEntryKinds } from './ledger-entry.js';

const full = { mg: 1000, ml: 10 };

describe('applyToBalance', () => {
  it.each<[string, { mg: number; ml: number }, BalanceMovement, ReturnType<typeof applyToBalance>]>([
    ['receipt into an empty container', { mg: 0, ml: 0 }, { kind: 'receipt', quantityMg: 1000, quantityMl: 10 }, { kind: 'ok', balance: full }],
    ['administration', full, { kind: 'administration', quantityMg: 50, quantityMl: 0.5 }, { kind: 'ok', balance: { mg: 950, ml: 9.5 } }],
    ['waste to exactly zero', { mg: 12.5, ml: 0.13 }, { kind: 'waste', quantityMg: 12.5, quantityMl: 0.13 }, { kind: 'ok', balance: { mg: 0, ml: 0 } }],
    ['administration beyond the balance', { mg: 40, ml: 0.4 }, { kind: 'administration', quantityMg: 50, quantityMl: 0.5 }, { kind: 'negative', shortByMg: 10, shortByMl: 0.1 }],
    ['short by one hundredth', { mg: 0.1, ml: 0.01 }, { kind: 'theft-loss', quantityMg: 0.11, quantityMl: 0.01 }, { kind: 'negative', shortByMg: 0.01, shortByMl: 0 }],
    ['transfer-out of all', full, { kind: 'transfer-out', quantityMg: 1000, quantityMl: 10 }, { kind: 'ok', balance: { mg: 0, ml: 0 } }],
    ['transfer-in', { mg: 0, ml: 0 }, { kind: 'transfer-in', quantityMg: 500, quantityMl: 5 }, { kind: 'ok', balance: { mg: 500, ml: 5 } }],
    ['count-adjustment up', { mg: 0.2, ml: 0.1 }, { kind: 'count-adjustment', direction: 'increase', quantityMg: 0.1, quantityMl: 0.2 }, { kind: 'ok', balance: { mg: 0.3, ml: 0.3 } }],
    ['count-adjustment down', full, { kind: 'count-adjustment', direction: 'decrease', quantityMg: 10, quantityMl: 0.1 }, { kind: 'ok', balance: { mg: 990, ml: 9.9 } }],
    ['correction giving back', { mg: 950, ml: 9.5 }, { kind: 'correction', direction: 'increase', quantityMg: 10, quantityMl: 0.1 }, { kind: 'ok', balance: { mg: 960, ml: 9.6 } }],
    ['destruction of more than is left', { mg: 5, ml: 0.05 }, { kind: 'destruction', quantityMg: 6, quantityMl: 0.06 }, { kind: 'negative', shortByMg: 1, shortByMl: 0.01 }],
  ])('%s', (_name, balance, entry, expected) => {
    expect(applyToBalance(balance, entry)).toEqual(expected);
  });

  it('does not drift: ten administrations of 0.1 mL empty a 1 mL balance exactly', () => {
    const result = replayBalance(Array.from({ length: 10 }, () => ({ kind: 'administration' as const, quantityMg: 10.01, quantityMl: 0.1 })), { mg: 100.1, ml: 1 });
    expect(result).toEqual({ kind: 'ok', balance: { mg: 0, ml: 0 }, applied: 10 });
  });

  it('refuses a negative quantity (the kind carries the sign)', () => {
    expect(() => applyToBalance(full, { kind: 'administration', quantityMg: -50, quantityMl: -0.5 })).toThrow(RangeError);
  });
});

describe('replayBalance', () => {
  it('stops at the first entry that would go below zero', () => {
    const entries: BalanceMovement[] = [
      { kind: 'receipt', quantityMg: 100, quantityMl: 1 },
      { kind: 'administration', quantityMg: 60, quantityMl: 0.6 },
      { kind: 'administration', quantityMg: 60, quantityMl: 0.6 },
      { kind: 'receipt', quantityMg: 100, quantityMl: 1 },
    ];
    expect(replayBalance(entries)).toEqual({ kind: 'negative', shortByMg: 20, shortByMl: 0.2, applied: 2 });
  });

  // HOUSE-STYLE: the ledger balance never goes negative, whatever the entries.
  it('never yields a negative balance, and agrees with the integer sum of what it applied', () => {
    const hundredths = fc.integer({ min: 1, max: 200_000 }).map((n) => n / 100);
    const movement = fc.record({
      kind: fc.constantFrom(...ledgerEntryKinds),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      quantityMg: hundredths,
      quantityMl: hundredths,
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 40 }), (entries) => {
        let balance = { mg: 0, ml: 0 };
        let mgHundredths = 0;
        for (const entry of entries) {
          const result = applyToBalance(balance, entry);
          if (result.kind === 'negative') {
            expect(result.shortByMg > 0 || result.shortByMl > 0).toBe(true);
            continue; // refused: the balance stays as it was
          }
          balance = result.balance;
          const sign = ['receipt', 'transfer-in'].includes(entry.kind) || (['count-adjustment', 'correction'].includes(entry.kind) && entry.direction === 'increase') ? 1 : -1;
          mgHundredths += sign * Math.round(entry.quantityMg * 100);
          expect(balance.mg).toBeGreaterThanOrEqual(0);
          expect(balance.ml).toBeGreaterThanOrEqual(0);
          expect(balance.mg).toBe(mgHundredths / 100);
        }
      }),
    );
  });
});
