import { describe, expect, it } from 'vitest';
import { readinessChecklistSchema, readinessGaps, type ReadinessChecklist, type ReadinessFacts } from './readiness.js';

const now = new Date('2026-03-10T15:00:00Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

const readyChecklist: ReadinessChecklist = {
  lastFoodAt: minutesBefore(180),
  lastLiquidAt: minutesBefore(60),
  escort: { name: 'A. Friend', phone: '+1 555 0100', kind: 'escort' },
  pregnancy: 'not-pregnant-confirmed',
  preSessionMeasuresDone: true,
};

// An esketamine patient who is ready: every gap below is made by changing one fact.
const ready: ReadinessFacts = {
  route: 'intranasal-esketamine',
  now,
  fasting: { noFoodHours: 2, noLiquidsMinutes: 30 }, // Spravato label [C], as in the default protocol
  checklist: readyChecklist,
  pregnancyNeeded: true,
  lastDoseAt: new Date('2026-03-06T15:00:00Z'),
  minDaysBetweenSessions: 3,
  baselineVitals: { systolicMmHg: 124, diastolicMmHg: 78, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 },
  cssrsToday: 'none',
  cssrsPathwayResolved: false,
};

const withFacts = (patch: Partial<ReadinessFacts>): ReadinessFacts => ({ ...ready, ...patch });
const withChecklist = (patch: Partial<ReadinessChecklist>): ReadinessFacts => withFacts({ checklist: { ...readyChecklist, ...patch } });
const codes = (facts: ReadinessFacts) => readinessGaps(facts).map((gap) => gap.code);

describe('readinessGaps', () => {
  it('is empty when everything is done', () => {
    expect(readinessGaps(ready)).toEqual([]);
  });

  it.each<[string, ReadinessFacts, string[]]>([
    // Fasting (esketamine label: no food 2 h, no liquids 30 min).
    ['no food time', withChecklist({ lastFoodAt: null }), ['FASTING_NOT_RECORDED']],
    ['no liquid time', withChecklist({ lastLiquidAt: undefined }), ['FASTING_NOT_RECORDED']],
    ['food 1 h 59 min ago', withChecklist({ lastFoodAt: minutesBefore(119) }), ['FASTING_NOT_MET']],
    ['food exactly 2 h ago', withChecklist({ lastFoodAt: minutesBefore(120) }), []],
    ['liquid 29 min ago', withChecklist({ lastLiquidAt: minutesBefore(29) }), ['FASTING_NOT_MET']],
    ['liquid exactly 30 min ago', withChecklist({ lastLiquidAt: minutesBefore(30) }), []],
    ['food recorded later than now', withChecklist({ lastFoodAt: minutesBefore(-10) }), ['FASTING_NOT_MET']],
    ['food not recorded and liquid too recent', withChecklist({ lastFoodAt: null, lastLiquidAt: minutesBefore(5) }), ['FASTING_NOT_RECORDED', 'FASTING_NOT_MET']],
    ['an IV protocol without fasting needs no times', withFacts({ route: 'iv', fasting: undefined, checklist: { ...readyChecklist, lastFoodAt: null, lastLiquidAt: null } }), []],
    ['esketamine without a protocol fasting rule falls back to the label', withFacts({ fasting: undefined, checklist: { ...readyChecklist, lastLiquidAt: minutesBefore(20) } }), ['FASTING_NOT_MET']],
    ['a zero food rule needs no food time', withFacts({ fasting: { noFoodHours: 0, noLiquidsMinutes: 30 }, checklist: { ...readyChecklist, lastFoodAt: null } }), []],
    // Escort or transport.
    ['no escort', withChecklist({ escort: null }), ['ESCORT_MISSING']],
    ['escort never charted', withChecklist({ escort: undefined }), ['ESCORT_MISSING']],
    ['booked transport counts', withChecklist({ escort: { name: 'City Cabs', phone: '555 0199', kind: 'transport' } }), []],
    // Pregnancy.
    ['pregnancy status not recorded', withChecklist({ pregnancy: null }), ['PREGNANCY_STATUS_UNCONFIRMED']],
    ['"not applicable" when the record says it applies', withChecklist({ pregnancy: 'not-applicable' }), ['PREGNANCY_STATUS_UNCONFIRMED']],
    ['pregnancy not needed for this patient', withFacts({ pregnancyNeeded: false, checklist: { ...readyChecklist, pregnancy: null } }), []],
    // C-SSRS since last visit.
    ['C-SSRS not done today', withFacts({ cssrsToday: null }), ['CSSRS_NOT_DONE']],
    ['C-SSRS low passes', withFacts({ cssrsToday: 'low' }), []],
    ['C-SSRS moderate, pathway open', withFacts({ cssrsToday: 'moderate' }), ['CSSRS_POSITIVE_UNRESOLVED']],
    ['C-SSRS moderate, pathway resolved', withFacts({ cssrsToday: 'moderate', cssrsPathwayResolved: true }), []],
    ['C-SSRS high, pathway open', withFacts({ cssrsToday: 'high' }), ['CSSRS_POSITIVE_UNRESOLVED']],
    ['C-SSRS high, pathway resolved', withFacts({ cssrsToday: 'high', cssrsPathwayResolved: true }), []],
    // Pre-session measures.
    ['measures not done', withChecklist({ preSessionMeasuresDone: false }), ['PRE_SESSION_MEASURES_MISSING']],
    ['measures never charted', withChecklist({ preSessionMeasuresDone: undefined }), ['PRE_SESSION_MEASURES_MISSING']],
    // Interval between doses, in calendar days (3 needed).
    ['2 calendar days, late in the day', withFacts({ lastDoseAt: new Date('2026-03-08T00:30:00Z') }), ['DOSE_INTERVAL_TOO_SHORT']],
    ['3 calendar days, though under 72 hours', withFacts({ lastDoseAt: new Date('2026-03-07T23:59:00Z') }), []],
    ['dosed earlier today', withFacts({ lastDoseAt: new Date('2026-03-10T08:00:00Z') }), ['DOSE_INTERVAL_TOO_SHORT']],
    ['first dose ever', withFacts({ lastDoseAt: null }), []],
    ['counted in the clinic time zone: 20:00 on 7 March in New York is 3 days', withFacts({ lastDoseAt: new Date('2026-03-08T01:00:00Z'), timeZone: 'America/New_York' }), []],
    ['the same instant counted in UTC is 2 days', withFacts({ lastDoseAt: new Date('2026-03-08T01:00:00Z') }), ['DOSE_INTERVAL_TOO_SHORT']],
    // Baseline vitals: BP (both), HR, SpO2, RR.
    ['no baseline vitals', withFacts({ baselineVitals: null }), ['BASELINE_VITALS_MISSING']],
    ['baseline without respiratory rate', withFacts({ baselineVitals: { systolicMmHg: 124, diastolicMmHg: 78, heartRateBpm: 72, spo2Percent: 98 } }), ['BASELINE_VITALS_MISSING']],
    ['baseline without diastolic', withFacts({ baselineVitals: { systolicMmHg: 124, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 } }), ['BASELINE_VITALS_MISSING']],
  ])('%s', (_name, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('lists every gap in the order of the codes', () => {
    const nothingDone = withFacts({ checklist: {}, cssrsToday: null, lastDoseAt: new Date('2026-03-09T15:00:00Z'), baselineVitals: null });
    expect(codes(nothingDone)).toEqual(['FASTING_NOT_RECORDED', 'ESCORT_MISSING', 'PREGNANCY_STATUS_UNCONFIRMED', 'CSSRS_NOT_DONE', 'PRE_SESSION_MEASURES_MISSING', 'DOSE_INTERVAL_TOO_SHORT', 'BASELINE_VITALS_MISSING']);
  });

  it.each<[string, ReadinessFacts, string]>([
    ['fasting not recorded', withChecklist({ lastFoodAt: null, lastLiquidAt: null }), 'Record the time of the last food (2 h without food needed) and of the last liquid (30 min without liquids needed).'],
    ['fasting not met', withChecklist({ lastFoodAt: minutesBefore(85), lastLiquidAt: minutesBefore(29) }), 'Fasting not met: last food 1 h 25 min ago, 2 h needed: wait 35 min more; last liquid 29 min ago, 30 min needed: wait 1 min more.'],
    ['interval', withFacts({ lastDoseAt: new Date('2026-03-08T10:00:00Z') }), 'The last dose was 2 days ago; this protocol needs at least 3 calendar days between sessions (earliest 2026-03-11).'],
    ['interval, yesterday', withFacts({ lastDoseAt: new Date('2026-03-09T10:00:00Z'), minDaysBetweenSessions: 2 }), 'The last dose was yesterday; this protocol needs at least 2 calendar days between sessions (earliest 2026-03-11).'],
    ['baseline', withFacts({ baselineVitals: { heartRateBpm: 70, spo2Percent: 97 } }), 'Take baseline vital signs before dosing; missing: systolic, diastolic, respiratory rate.'],
    ['C-SSRS', withFacts({ cssrsToday: 'high' }), "Today's C-SSRS shows high risk: resolve the safety task it opened before dosing."],
  ])('says what to do: %s', (_name, facts, message) => {
    expect(readinessGaps(facts).map((gap) => gap.message)).toEqual([message]);
  });
});

describe('readinessChecklistSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a full checklist', { ...readyChecklist }, true],
    ['an empty one (a partial save)', {}, true],
    ['nulls', { lastFoodAt: null, lastLiquidAt: null, escort: null, pregnancy: null }, true],
    ['a time with an offset', { lastFoodAt: '2026-03-10T09:15:00-05:00' }, true],
    ['a time without a zone', { lastFoodAt: '2026-03-10T09:15:00' }, false],
    ['not a time', { lastFoodAt: 'this morning' }, false],
    ['an escort without a name', { escort: { name: ' ', phone: '555 0100', kind: 'escort' } }, false],
    ['an escort phone without digits', { escort: { name: 'A. Friend', phone: 'ask at desk', kind: 'escort' } }, false],
    ['an unknown escort kind', { escort: { name: 'A. Friend', phone: '555 0100', kind: 'bicycle' } }, false],
    ['"pregnant" is not a pass value', { pregnancy: 'pregnant' }, false],
    ['an unknown field', { coffee: true }, false],
  ])('%s → %s', (_name, input, ok) => {
    expect(readinessChecklistSchema.safeParse(input).success).toBe(ok);
  });
});
