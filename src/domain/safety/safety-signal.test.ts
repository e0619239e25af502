import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry.js';
import { scoreInstrument } from '../instruments/score-instrument.js';
import { detectSafetySignal, safetyTaskDueAt } from './safety-signal.js';

function signalFor(instrumentId: string, answers: Record<string, number>) {
  const outcome = scoreInstrument(findInstrument(instrumentId)!, answers);
  if (outcome.kind !== 'scored') throw new Error(JSON.stringify(outcome.errors));
  return detectSafetySignal(outcome.result, answers);
}

const phq9 = (item9: number) => ({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': item9 });

describe('detectSafetySignal', () => {
  it.each([
    ['PHQ-9 item 9 = 0', 'phq9', phq9(0), null],
    ['PHQ-9 item 9 = 1', 'phq9', phq9(1), 'moderate'],
    ['PHQ-9 item 9 = 3', 'phq9', phq9(3), 'moderate'],
    ['C-SSRS all no', 'cssrs-screener', { '1': 0, '2': 0, '6': 0 }, null],
    ['C-SSRS wish to be dead only', 'cssrs-screener', { '1': 1, '2': 0, '6': 0 }, 'low'],
    ['C-SSRS method, no intent', 'cssrs-screener', { '1': 1, '2': 1, '3': 1, '4': 0, '5': 0, '6': 0 }, 'moderate'],
    ['C-SSRS intent', 'cssrs-screener', { '1': 1, '2': 1, '3': 1, '4': 1, '5': 0, '6': 0 }, 'high'],
    ['C-SSRS behaviour in the past 3 months', 'cssrs-screener', { '1': 0, '2': 0, '6': 1, '6a': 1 }, 'high'],
    ['ASQ negative', 'asq', { '1': 0, '2': 0, '3': 0, '4': 0 }, null],
    ['ASQ non-acute', 'asq', { '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 }, 'moderate'],
    ['ASQ declined counts as yes', 'asq', { '1': 0, '2': 9, '3': 0, '4': 0, '5': 0 }, 'moderate'],
    ['ASQ acute', 'asq', { '1': 1, '2': 1, '3': 0, '4': 0, '5': 1 }, 'high'],
    ['daily mood 0', 'daily-mood', { '1': 0 }, 'low'],
    ['daily mood 1', 'daily-mood', { '1': 1 }, null],
    ['GAD-7 never signals', 'gad7', { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3, '7': 3 }, null],
  ])('%s → %s', (_label, instrumentId, answers, severity) => {
    expect(signalFor(instrumentId, answers)?.severity ?? null).toBe(severity);
  });

  it('says in plain words what opened the task', () => {
    expect(signalFor('phq9', phq9(2))?.reasons).toEqual(['PHQ-9 item 9 (thoughts of death or self-harm) answered 2 of 3']);
  });
});

describe('safetyTaskDueAt', () => {
  const opened = new Date('2026-11-27T10:00:00Z');
  it.each([
    ['high', '2026-11-27T11:00:00.000Z'],
    ['moderate', '2026-11-27T14:00:00.000Z'],
    ['low', '2026-11-28T10:00:00.000Z'],
  ] as const)('%s → %s', (severity, due) => {
    expect(safetyTaskDueAt(severity, opened).toISOString()).toBe(due);
  });
});
