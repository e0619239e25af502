import { type LedgerDirection, type LedgerEntryKind, signedQuantity } from './ledger-entry.js';

/** What is left in one container: the running perpetual balance (SPEC §3.2), in mg and in mL. */
export interface Balance {
  mg: number;
  ml: number;
}

export const emptyBalance: Balance = { mg: 0, ml: 0 };

export interface BalanceMovement {
  kind: LedgerEntryKind;
  direction?: LedgerDirection;
  quantityMg: number;
  quantityMl: number;
}

export type BalanceResult = { kind: 'ok'; balance: Balance } | { kind: 'negative'; shortByMg: number; shortByMl: number };

/** Quantities are whole hundredths (0.01 mg, 0.01 mL); adding them as integers cannot drift (0.1 + 0.2). */
const toHundredths = (value: number) => Math.round(value * 100);
const fromHundredths = (value: number) => value / 100 + 0; // + 0 turns -0 into 0

/**
 * The balance after one entry, or how far below zero it would go: stock cannot be used that is not there,
 * so the caller refuses the entry (LEDGER_NEGATIVE_BALANCE). Exactly zero is a legitimately empty container.
 */
export function applyToBalance(balance: Balance, entry: BalanceMovement): BalanceResult {
  if (!(entry.quantityMg >= 0) || !(entry.quantityMl >= 0)) throw new RangeError('Ledger quantities are 0 or more; the kind gives the sign');
  const sign = signedQuantity(entry);
  const mg = toHundredths(balance.mg) + sign * toHundredths(entry.quantityMg);
  const ml = toHundredths(balance.ml) + sign * toHundredths(entry.quantityMl);
  if (mg < 0 || ml < 0) return { kind: 'negative', shortByMg: fromHundredths(Math.max(0, -mg)), shortByMl: fromHundredths(Math.max(0, -ml)) };
  return { kind: 'ok', balance: { mg: fromHundredths(mg), ml: fromHundredths(ml) } };
}

/** A container's balance from its entries in order, stopping at the first that would take it below zero. */
export function replayBalance(entries: Iterable<BalanceMovement>, opening: Balance = emptyBalance): BalanceResult & { applied: number } {
  let balance = opening;
  let applied = 0;
  for (const entry of entries) {
    const result = applyToBalance(balance, entry);
    if (result.kind === 'negative') return { ...result, applied };
    balance = result.balance;
    applied += 1;
  }
  return { kind: 'ok', balance, applied };
}
