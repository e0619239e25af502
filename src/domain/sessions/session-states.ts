/**
 * The life of one dosing session on the floor, as a transition table. Every change of state is one
 * action; the database records each as a `session_transition` row. Design (SPEC.md §2.6 gives the charting,
 * not the states): the order follows the session — check-in, the pre-dose readiness gate, administration,
 * observation, discharge — and `stop` ends a session early from any state that has not already ended.
 */
export const sessionStates = ['scheduled', 'checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready', 'discharged', 'stopped'] as const;
export type SessionState = (typeof sessionStates)[number];

export const sessionActions = ['check-in', 'confirm-readiness', 'start-dosing', 'finish-dosing', 'mark-discharge-ready', 'discharge', 'stop'] as const;
export type SessionAction = (typeof sessionActions)[number];

/** The states a session ends in; nothing leaves them. */
export const finalSessionStates: readonly SessionState[] = Object.freeze(['discharged', 'stopped'] as const);

/** The patient is on the floor (checked in and not yet gone): these hold a chair. */
export const activeSessionStates: readonly SessionState[] = Object.freeze(['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready'] as const);

/** The forward path: each action and the one state it leaves from. `stop` is handled apart. */
const forward: Readonly<Record<Exclude<SessionAction, 'stop'>, { from: SessionState; to: SessionState }>> = Object.freeze({
  'check-in': { from: 'scheduled', to: 'checked-in' },
  // The readiness gate (readiness.ts) must be clear, or overridden with a reason, before this action.
  'confirm-readiness': { from: 'checked-in', to: 'ready' },
  'start-dosing': { from: 'ready', to: 'dosing' },
  // Administration ends: the infusion finishes, the last esketamine device is given, the injection is done.
  'finish-dosing': { from: 'dosing', to: 'monitoring' },
  // The discharge criteria (discharge.ts) must be met before this action.
  'mark-discharge-ready': { from: 'monitoring', to: 'discharge-ready' },
  discharge: { from: 'discharge-ready', to: 'discharged' },
});

/** The state an action leads to, or null when the action is not allowed from `state`. */
export function nextState(state: SessionState, action: SessionAction): SessionState | null {
  if (action === 'stop') return finalSessionStates.includes(state) ? null : 'stopped';
  const step = forward[action];
  return step.from === state ? step.to : null;
}

/** The actions allowed from a state, in the order of `sessionActions` (for the buttons a nurse sees). */
export function allowedActions(state: SessionState): SessionAction[] {
  return sessionActions.filter((action) => nextState(state, action) !== null);
}
