import { describe, expect, it } from 'vitest';
import { dischargeBlockers, dischargeChecklistSchema, observationEndsAt, type DischargeChecklist, type DischargeFacts } from './discharge.js';
import { defaultVitalThresholds, type VitalReading } from './vital-thresholds.js';

const endedAt = new Date('2026-03-10T14:00:00Z');
const minutesAfterEnd = (minutes: number) => new Date(endedAt.getTime() + minutes * 60_000);
const baseline: VitalReading = { systolicMmHg: 120, diastolicMmHg: 80, heartRateBpm: 70, spo2Percent: 98, respiratoryRatePerMin: 14 };
const allChecked: DischargeChecklist = { oriented: true, ambulating: true, nauseaControlled: true, escortPresent: true, noDrivingAcknowledged: true, suicideRiskRescreened: true };

// An esketamine patient who may go home 2 h after the last device (label [C2]).
const readyToGo: DischargeFacts = {
  now: minutesAfterEnd(120),
  administrationEndedAt: endedAt,
  minimumObservationMinutes: 120,
  baseline,
  latest: { systolicMmHg: 128, diastolicMmHg: 84, heartRateBpm: 76, spo2Percent: 97, respiratoryRatePerMin: 14 },
  latestAt: minutesAfterEnd(110),
  checklist: allChecked,
  eventsWithoutAction: 0,
  stopEventsUnsigned: 0,
  thresholds: defaultVitalThresholds,
};

const withFacts = (patch: Partial<DischargeFacts>): DischargeFacts => ({ ...readyToGo, ...patch });
const withLatest = (patch: Partial<VitalReading>): DischargeFacts => withFacts({ latest: { ...readyToGo.latest, ...patch } });
const codes = (facts: DischargeFacts) => dischargeBlockers(facts).map((blocker) => blocker.code);

describe('observationEndsAt', () => {
  it.each([
    [120, '2026-03-10T16:00:00.000Z'],
    [60, '2026-03-10T15:00:00.000Z'],
    [0, '2026-03-10T14:00:00.000Z'],
  ])('%i minutes after the end of administration', (minutes, expected) => {
    expect(observationEndsAt(endedAt, minutes).toISOString()).toBe(expected);
  });
});

describe('dischargeBlockers', () => {
  it('is empty when every criterion is met', () => {
    expect(dischargeBlockers(readyToGo)).toEqual([]);
  });

  it.each<[string, DischargeFacts, string[]]>([
    // Esketamine: at least 2 h of observation (Spravato label and REMS [C2]).
    ['119 minutes after the last device', withFacts({ now: minutesAfterEnd(119) }), ['MIN_OBSERVATION_NOT_MET']],
    ['119 min 59 s after the last device', withFacts({ now: new Date(minutesAfterEnd(120).getTime() - 1000) }), ['MIN_OBSERVATION_NOT_MET']],
    ['120 minutes after the last device', withFacts({ now: minutesAfterEnd(120) }), []],
    ['an IV protocol observing 60 minutes, at 60', withFacts({ minimumObservationMinutes: 60, now: minutesAfterEnd(60), latestAt: minutesAfterEnd(55) }), []],
    ['still dosing', withFacts({ administrationEndedAt: null }), ['ADMINISTRATION_NOT_ENDED']],
    // Vitals after dosing.
    ['no vitals at all', withFacts({ latest: null, latestAt: null }), ['NO_VITALS_AFTER_DOSING']],
    ['latest vitals taken before administration ended', withFacts({ latestAt: minutesAfterEnd(-1) }), ['NO_VITALS_AFTER_DOSING']],
    ['latest vitals taken as administration ended', withFacts({ latestAt: endedAt }), []],
    ['latest vitals lack SpO2', withFacts({ latest: { systolicMmHg: 128, diastolicMmHg: 84, heartRateBpm: 76, respiratoryRatePerMin: 14 } }), ['NO_VITALS_AFTER_DOSING']],
    // Stop lines (SPEC §2.6).
    ['SpO2 89, below the stop line', withLatest({ spo2Percent: 89 }), ['VITALS_ABOVE_STOP']],
    ['SpO2 93 is only a slow crossing, which does not block', withLatest({ spo2Percent: 93 }), []],
    ['systolic 180 with a baseline of 160: stop, though within 20%', withFacts({ baseline: { ...baseline, systolicMmHg: 160 }, latest: { ...readyToGo.latest, systolicMmHg: 180 } }), ['VITALS_ABOVE_STOP']],
    // Within 20% of baseline (SPEC §2.6 [M]): baseline systolic 120 allows 96–144.
    ['systolic 144: at the edge', withLatest({ systolicMmHg: 144 }), []],
    ['systolic 145: too far', withLatest({ systolicMmHg: 145 }), ['VITALS_NOT_NEAR_BASELINE']],
    ['systolic 96: at the lower edge', withLatest({ systolicMmHg: 96 }), []],
    ['systolic 95: too low', withLatest({ systolicMmHg: 95 }), ['VITALS_NOT_NEAR_BASELINE']],
    ['diastolic 97 (baseline 80 allows 64–96)', withLatest({ diastolicMmHg: 97 }), ['VITALS_NOT_NEAR_BASELINE']],
    ['heart rate 85 (baseline 70 allows 56–84)', withLatest({ heartRateBpm: 85 }), ['VITALS_NOT_NEAR_BASELINE']],
    ['heart rate 84', withLatest({ heartRateBpm: 84 }), []],
    ['SpO2 and respiratory rate are not compared with baseline', withLatest({ spo2Percent: 94, respiratoryRatePerMin: 20 }), []],
    ['no baseline to compare with', withFacts({ baseline: null }), ['VITALS_NOT_NEAR_BASELINE']],
    ['a clinic allowing 25%: heart rate 87 passes', withFacts({ thresholds: { ...defaultVitalThresholds, dischargeWithinFractionOfBaseline: 0.25 }, latest: { ...readyToGo.latest, heartRateBpm: 87 } }), []],
    // Checklist, events, signatures.
    ['one checklist item unticked', withFacts({ checklist: { ...allChecked, ambulating: false } }), ['CHECKLIST_INCOMPLETE']],
    ['one checklist item never charted', withFacts({ checklist: { ...allChecked, suicideRiskRescreened: undefined } }), ['CHECKLIST_INCOMPLETE']],
    ['an event without an action', withFacts({ eventsWithoutAction: 1 }), ['EVENTS_WITHOUT_ACTION']],
    ['a stop event unsigned', withFacts({ stopEventsUnsigned: 2 }), ['STOP_EVENTS_UNSIGNED']],
  ])('%s', (_name, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('lists every blocker in the order of the codes', () => {
    const facts = withFacts({ now: minutesAfterEnd(30), latest: { ...baseline, systolicMmHg: 185 }, latestAt: minutesAfterEnd(20), checklist: {}, eventsWithoutAction: 1, stopEventsUnsigned: 1 });
    expect(codes(facts)).toEqual(['MIN_OBSERVATION_NOT_MET', 'VITALS_ABOVE_STOP', 'VITALS_NOT_NEAR_BASELINE', 'CHECKLIST_INCOMPLETE', 'EVENTS_WITHOUT_ACTION', 'STOP_EVENTS_UNSIGNED']);
  });

  it.each<[string, DischargeFacts, string]>([
    ['observation at 119 min', withFacts({ now: minutesAfterEnd(119) }), 'Observe for at least 2 h after administration ended: 1 min remaining.'],
    ['observation at 30 min', withFacts({ now: minutesAfterEnd(30) }), 'Observe for at least 2 h after administration ended: 1 h 30 min remaining.'],
    ['checklist', withFacts({ checklist: { oriented: true, ambulating: true, escortPresent: true, suicideRiskRescreened: true } }), 'Discharge checklist not complete: nausea controlled; no driving until the next day after restful sleep, acknowledged.'],
    ['near baseline', withLatest({ heartRateBpm: 90, diastolicMmHg: 60 }), 'Not yet near baseline: Diastolic 60 mmHg is more than 20% from baseline 80 mmHg (64–96); Heart rate 90 bpm is more than 20% from baseline 70 bpm (56–84).'],
    ['above stop', withLatest({ spo2Percent: 88 }), 'Vital signs beyond the stop lines: SpO2 88% is below the stop line (90): stop and notify the prescriber.'],
    ['missing values', withFacts({ latest: { spo2Percent: 97, heartRateBpm: 72 } }), 'The latest vital signs after dosing lack systolic, diastolic, respiratory rate: take a full set.'],
    ['events', withFacts({ eventsWithoutAction: 3 }), '3 events have no action recorded: chart what was done.'],
    ['one unsigned stop', withFacts({ stopEventsUnsigned: 1 }), "1 stop-line event needs the prescriber's signature on the action note."],
  ])('says what is missing: %s', (_name, facts, message) => {
    expect(dischargeBlockers(facts).map((blocker) => blocker.message)).toEqual([message]);
  });
});

describe('dischargeChecklistSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['all ticked', allChecked, true],
    ['a partial save', { oriented: true }, true],
    ['empty', {}, true],
    ['a string for a boolean', { oriented: 'yes' }, false],
    ['an unknown item', { happy: true }, false],
  ])('%s → %s', (_name, input, ok) => {
    expect(dischargeChecklistSchema.safeParse(input).success).toBe(ok);
  });
});
