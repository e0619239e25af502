import { describe, expect, it } from 'vitest';
import { nextVitalCheck, type DueCheckFacts } from './due-checks.js';
import type { SessionState } from './session-states.js';

const start = new Date('2026-03-10T14:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(start.getTime() + minutes * 60_000 + seconds * 1000);

// Esketamine: the default protocol's 15-minute round and blood pressure before dosing and at 40 min (label [C2]).
const esketamine = (patch: Partial<DueCheckFacts>): DueCheckFacts => ({
  state: 'monitoring',
  now: at(5),
  intervalMinutes: 15,
  dosingStartedAt: start,
  lastVitalAt: at(0),
  bloodPressureChecksMinutes: [0, 40],
  ...patch,
});

type Expected = { dueAt: string | null; overdue: boolean; secondsRemaining: number | null; reason: string };
const iso = (minutes: number) => at(minutes).toISOString();

describe('nextVitalCheck', () => {
  it.each<[string, DueCheckFacts, Expected]>([
    // Before dosing: the baseline.
    ['checked in, no vitals yet: baseline due now', esketamine({ state: 'checked-in', dosingStartedAt: null, lastVitalAt: null, now: at(-20) }), { dueAt: iso(-20), overdue: false, secondsRemaining: 0, reason: 'Baseline vital signs are due before dosing.' }],
    ['ready, no vitals yet: baseline due now', esketamine({ state: 'ready', dosingStartedAt: null, lastVitalAt: null, now: at(-5) }), { dueAt: iso(-5), overdue: false, secondsRemaining: 0, reason: 'Baseline vital signs are due before dosing.' }],
    ['checked in with a baseline: nothing until dosing', esketamine({ state: 'checked-in', dosingStartedAt: null, lastVitalAt: at(-10), now: at(-5) }), { dueAt: null, overdue: false, secondsRemaining: null, reason: 'Baseline vital signs taken; checks resume when dosing starts.' }],
    // During dosing and observation.
    ['5 min into dosing: the 15-min round', esketamine({ state: 'dosing' }), { dueAt: iso(15), overdue: false, secondsRemaining: 600, reason: 'Vital signs every 15 min (protocol).' }],
    ['last at 30 min: the 40-min blood pressure comes before the round at 45', esketamine({ lastVitalAt: at(30), now: at(35) }), { dueAt: iso(40), overdue: false, secondsRemaining: 300, reason: 'Blood pressure at 40 min after dosing started (protocol).' }],
    ['last at 40 min covers the 40-min check', esketamine({ lastVitalAt: at(40), now: at(41) }), { dueAt: iso(55), overdue: false, secondsRemaining: 840, reason: 'Vital signs every 15 min (protocol).' }],
    ['last at 38 min: the 40-min check is overdue at 41', esketamine({ lastVitalAt: at(38), now: at(41) }), { dueAt: iso(40), overdue: true, secondsRemaining: -60, reason: 'Blood pressure at 40 min after dosing started (protocol).' }],
    ['a round ending exactly at 40 min names the protocol check', esketamine({ lastVitalAt: at(25), now: at(30) }), { dueAt: iso(40), overdue: false, secondsRemaining: 600, reason: 'Blood pressure at 40 min after dosing started (protocol).' }],
    ['exactly at the due time: due, not overdue', esketamine({ lastVitalAt: at(0), now: at(15) }), { dueAt: iso(15), overdue: false, secondsRemaining: 0, reason: 'Vital signs every 15 min (protocol).' }],
    ['one second past: overdue', esketamine({ lastVitalAt: at(0), now: at(15, 1) }), { dueAt: iso(15), overdue: true, secondsRemaining: -1, reason: 'Vital signs every 15 min (protocol).' }],
    ['part of a second left rounds up', esketamine({ lastVitalAt: at(0), now: new Date(at(15).getTime() - 200) }), { dueAt: iso(15), overdue: false, secondsRemaining: 1, reason: 'Vital signs every 15 min (protocol).' }],
    ['a baseline taken before dosing covers the check before dosing', esketamine({ state: 'dosing', lastVitalAt: at(-10), now: at(2) }), { dueAt: iso(5), overdue: false, secondsRemaining: 180, reason: 'Vital signs every 15 min (protocol).' }],
    ['dosing with no vitals at all: blood pressure before dosing, overdue', esketamine({ state: 'dosing', lastVitalAt: null, now: at(2) }), { dueAt: iso(0), overdue: true, secondsRemaining: -120, reason: 'Blood pressure before dosing (protocol).' }],
    ['after the last protocol check, the round continues', esketamine({ lastVitalAt: at(100), now: at(101) }), { dueAt: iso(115), overdue: false, secondsRemaining: 840, reason: 'Vital signs every 15 min (protocol).' }],
    ['SpO2 alone at 42 min does not cover the 40-min blood pressure', esketamine({ lastVitalAt: at(42), lastBloodPressureAt: at(30), now: at(43) }), { dueAt: iso(40), overdue: true, secondsRemaining: -180, reason: 'Blood pressure at 40 min after dosing started (protocol).' }],
    ['an IV protocol without blood-pressure times: the round only', esketamine({ state: 'dosing', intervalMinutes: 5, bloodPressureChecksMinutes: undefined, lastVitalAt: at(10), now: at(12) }), { dueAt: iso(15), overdue: false, secondsRemaining: 180, reason: 'Vital signs every 5 min (protocol).' }],
    ['no dosing start recorded: the round only', esketamine({ state: 'dosing', dosingStartedAt: null, lastVitalAt: at(0), now: at(5) }), { dueAt: iso(15), overdue: false, secondsRemaining: 600, reason: 'Vital signs every 15 min (protocol).' }],
  ])('%s', (_name, facts, expected) => {
    const check = nextVitalCheck(facts);
    expect({ ...check, dueAt: check.dueAt?.toISOString() ?? null }).toEqual(expected);
  });

  it.each<[SessionState, string]>([
    ['scheduled', 'Not checked in yet.'],
    ['discharge-ready', 'Discharge criteria met: no further scheduled checks.'],
    ['discharged', 'The session has ended.'],
    ['stopped', 'The session has ended.'],
  ])('%s: nothing due', (state, reason) => {
    expect(nextVitalCheck(esketamine({ state, lastVitalAt: at(10), now: at(130) }))).toEqual({ dueAt: null, overdue: false, secondsRemaining: null, reason });
  });
});
