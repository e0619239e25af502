import { describe, expect, it } from 'vitest';
import { activeSessionStates, allowedActions, finalSessionStates, nextState, sessionActions, sessionStates, type SessionAction, type SessionState } from './session-states.js';

// The whole table, written out by hand: every allowed transition. Anything not listed is refused.
const allowed: [SessionState, SessionAction, SessionState][] = [
  ['scheduled', 'check-in', 'checked-in'],
  ['checked-in', 'confirm-readiness', 'ready'],
  ['ready', 'start-dosing', 'dosing'],
  ['dosing', 'finish-dosing', 'monitoring'],
  ['monitoring', 'mark-discharge-ready', 'discharge-ready'],
  ['discharge-ready', 'discharge', 'discharged'],
  ['scheduled', 'stop', 'stopped'],
  ['checked-in', 'stop', 'stopped'],
  ['ready', 'stop', 'stopped'],
  ['dosing', 'stop', 'stopped'],
  ['monitoring', 'stop', 'stopped'],
  ['discharge-ready', 'stop', 'stopped'],
];

const allowedKeys = new Set(allowed.map(([from, action]) => `${from}|${action}`));
const refused = sessionStates.flatMap((state) => sessionActions.filter((action) => !allowedKeys.has(`${state}|${action}`)).map((action) => [state, action] as const));

describe('nextState', () => {
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  it.each(refused)('refuses %s --%s', (from, action) => {
    expect(nextState(from, action)).toBeNull();
  });

  it('covers every cell of the table', () => {
    expect(allowed.length + refused.length).toBe(sessionStates.length * sessionActions.length);
    expect(refused).toHaveLength(44);
  });

  it('lets nothing leave a final state', () => {
    for (const state of finalSessionStates) expect(allowedActions(state)).toEqual([]);
  });
});

describe('allowedActions', () => {
  it.each([
    ['scheduled', ['check-in', 'stop']],
    ['checked-in', ['confirm-readiness', 'stop']],
    ['ready', ['start-dosing', 'stop']],
    ['dosing', ['finish-dosing', 'stop']],
    ['monitoring', ['mark-discharge-ready', 'stop']],
    ['discharge-ready', ['discharge', 'stop']],
    ['discharged', []],
    ['stopped', []],
  ] as [SessionState, SessionAction[]][])('%s → %j', (state, actions) => {
    expect(allowedActions(state)).toEqual(actions);
  });
});

describe('activeSessionStates', () => {
  it('are the states between check-in and discharge, the ones that hold a chair', () => {
    expect(activeSessionStates).toEqual(['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready']);
  });
});
