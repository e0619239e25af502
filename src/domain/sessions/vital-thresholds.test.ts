import { describe, expect, it } from 'vitest';
import { defaultVitalThresholds, evaluateVitals, vitalReadingSchema, vitalThresholdsSchema, type VitalReading, type VitalThresholds } from './vital-thresholds.js';

type Expected = [signal: string, level: string, value: number, limit: number][];

const summary = (reading: VitalReading, baseline: VitalReading | null = null, thresholds: VitalThresholds = defaultVitalThresholds): Expected =>
  evaluateVitals(reading, baseline, thresholds).map((c) => [c.signal, c.level, c.value, c.limit]);

describe('the default thresholds', () => {
  it('are the SPEC.md §2.6 table, with our respiratory-rate lines', () => {
    expect(defaultVitalThresholds).toEqual({
      systolicMmHg: { slowAtOrAbove: 160, stopAtOrAbove: 180 },
      systolicRiseMmHg: { slowAbove: 30 },
      diastolicMmHg: { slowAtOrAbove: 100, stopAtOrAbove: 110 },
      heartRateBpm: { slowAtOrAbove: 110, stopAtOrAbove: 130, stopBelow: 50 },
      spo2Percent: { slowBelow: 94, stopBelow: 90 },
      respiratoryRatePerMin: { slowBelow: 10, stopBelow: 8 },
      dischargeWithinFractionOfBaseline: 0.2,
    });
  });

  it('survive a JSON round trip through the schema unchanged', () => {
    const parsed = vitalThresholdsSchema.safeParse(JSON.parse(JSON.stringify(defaultVitalThresholds)));
    expect(parsed.success && parsed.data).toEqual(defaultVitalThresholds);
  });

  it('are frozen, so a clinic edits a copy', () => {
    expect(() => {
      (defaultVitalThresholds.systolicMmHg as { stopAtOrAbove: number }).stopAtOrAbove = 200;
    }).toThrow(TypeError);
  });
});

describe('evaluateVitals at the edges of each line (SPEC.md §2.6)', () => {
  it.each<[string, VitalReading, Expected]>([
    ['systolic 159: clear', { systolicMmHg: 159 }, []],
    ['systolic 160: slow', { systolicMmHg: 160 }, [['systolic', 'slow', 160, 160]]],
    ['systolic 179: slow', { systolicMmHg: 179 }, [['systolic', 'slow', 179, 160]]],
    ['systolic 180: stop', { systolicMmHg: 180 }, [['systolic', 'stop', 180, 180]]],
    ['diastolic 99: clear', { diastolicMmHg: 99 }, []],
    ['diastolic 100: slow', { diastolicMmHg: 100 }, [['diastolic', 'slow', 100, 100]]],
    ['diastolic 109: slow', { diastolicMmHg: 109 }, [['diastolic', 'slow', 109, 100]]],
    ['diastolic 110: stop', { diastolicMmHg: 110 }, [['diastolic', 'stop', 110, 110]]],
    ['heart rate 49: stop (low)', { heartRateBpm: 49 }, [['heart-rate', 'stop', 49, 50]]],
    ['heart rate 50: clear', { heartRateBpm: 50 }, []],
    ['heart rate 109: clear', { heartRateBpm: 109 }, []],
    ['heart rate 110: slow', { heartRateBpm: 110 }, [['heart-rate', 'slow', 110, 110]]],
    ['heart rate 129: slow', { heartRateBpm: 129 }, [['heart-rate', 'slow', 129, 110]]],
    ['heart rate 130: stop', { heartRateBpm: 130 }, [['heart-rate', 'stop', 130, 130]]],
    ['SpO2 94: clear', { spo2Percent: 94 }, []],
    ['SpO2 93: slow', { spo2Percent: 93 }, [['spo2', 'slow', 93, 94]]],
    ['SpO2 90: slow', { spo2Percent: 90 }, [['spo2', 'slow', 90, 94]]],
    ['SpO2 89: stop', { spo2Percent: 89 }, [['spo2', 'stop', 89, 90]]],
    ['respiratory rate 10: clear', { respiratoryRatePerMin: 10 }, []],
    ['respiratory rate 9: slow', { respiratoryRatePerMin: 9 }, [['respiratory-rate', 'slow', 9, 10]]],
    ['respiratory rate 8: slow', { respiratoryRatePerMin: 8 }, [['respiratory-rate', 'slow', 8, 10]]],
    ['respiratory rate 7: stop', { respiratoryRatePerMin: 7 }, [['respiratory-rate', 'stop', 7, 8]]],
    ['apnoea (0): stop', { respiratoryRatePerMin: 0 }, [['respiratory-rate', 'stop', 0, 8]]],
    ['a normal full set: clear', { systolicMmHg: 124, diastolicMmHg: 78, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }, []],
  ])('%s', (_name, reading, expected) => {
    expect(summary(reading)).toEqual(expected);
  });
});

describe('the systolic rise over baseline', () => {
  it.each<[string, VitalReading, VitalReading | null, Expected]>([
    ['rise of 30: clear (the rule is "more than 30")', { systolicMmHg: 150 }, { systolicMmHg: 120 }, []],
    ['rise of 31: slow', { systolicMmHg: 151 }, { systolicMmHg: 120 }, [['systolic-rise', 'slow', 31, 30]]],
    ['no baseline: the rise rule does not apply', { systolicMmHg: 151 }, null, []],
    ['a baseline without systolic: the rise rule does not apply', { systolicMmHg: 151 }, { heartRateBpm: 70 }, []],
    ['a fall is not a rise', { systolicMmHg: 90 }, { systolicMmHg: 140 }, []],
    [
      'both systolic rules, each reported: stop first',
      { systolicMmHg: 184 },
      { systolicMmHg: 120 },
      [
        ['systolic', 'stop', 184, 180],
        ['systolic-rise', 'slow', 64, 30],
      ],
    ],
  ])('%s', (_name, reading, baseline, expected) => {
    expect(summary(reading, baseline)).toEqual(expected);
  });
});

describe('ordering and messages', () => {
  it('orders stop before slow, then by signal', () => {
    const reading = { systolicMmHg: 165, diastolicMmHg: 112, heartRateBpm: 115, spo2Percent: 88, respiratoryRatePerMin: 9 };
    expect(summary(reading, { systolicMmHg: 120 })).toEqual([
      ['diastolic', 'stop', 112, 110],
      ['spo2', 'stop', 88, 90],
      ['systolic', 'slow', 165, 160],
      ['systolic-rise', 'slow', 45, 30],
      ['heart-rate', 'slow', 115, 110],
      ['respiratory-rate', 'slow', 9, 10],
    ]);
  });

  it.each<[VitalReading, VitalReading | null, string]>([
    [{ systolicMmHg: 184 }, null, 'Systolic 184 mmHg is at or above the stop line (180): stop and notify the prescriber.'],
    [{ systolicMmHg: 165 }, null, 'Systolic 165 mmHg is at or above the slow line (160): slow or pause dosing and recheck in 5 minutes.'],
    [{ systolicMmHg: 155 }, { systolicMmHg: 120 }, 'Systolic 155 mmHg is 35 mmHg above baseline (120 mmHg), more than the 30 mmHg allowed: slow or pause dosing and recheck in 5 minutes.'],
    [{ heartRateBpm: 45 }, null, 'Heart rate 45 bpm is below the stop line (50): stop and notify the prescriber.'],
    [{ spo2Percent: 92 }, null, 'SpO2 92% is below the slow line (94): stimulate, reposition, give oxygen and recheck in 5 minutes.'],
    [{ respiratoryRatePerMin: 6 }, null, 'Respiratory rate 6/min is below the stop line (8): stop and notify the prescriber.'],
  ])('%j says it plainly', (reading, baseline, message) => {
    expect(evaluateVitals(reading, baseline, defaultVitalThresholds).map((c) => c.message)).toEqual([message]);
  });
});

describe('a clinic-edited threshold set', () => {
  const edited: VitalThresholds = vitalThresholdsSchema.parse({
    ...structuredClone(defaultVitalThresholds),
    systolicMmHg: { slowAtOrAbove: 150, stopAtOrAbove: 170 },
    systolicRiseMmHg: { slowAbove: 20 },
    heartRateBpm: { slowAtOrAbove: 100, stopAtOrAbove: 120, stopBelow: 45, slowBelow: 55 },
    spo2Percent: { slowBelow: 95, stopBelow: 92 },
  });

  it.each<[string, VitalReading, VitalReading | null, Expected]>([
    ['systolic 150 is now slow', { systolicMmHg: 150 }, null, [['systolic', 'slow', 150, 150]]],
    ['systolic 170 is now stop', { systolicMmHg: 170 }, null, [['systolic', 'stop', 170, 170]]],
    ['a rise of 21 is now slow', { systolicMmHg: 141 }, { systolicMmHg: 120 }, [['systolic-rise', 'slow', 21, 20]]],
    ['heart rate 50 is slow (the new low slow line)', { heartRateBpm: 50 }, null, [['heart-rate', 'slow', 50, 55]]],
    ['heart rate 45 is clear of the low stop line (45)', { heartRateBpm: 45 }, null, [['heart-rate', 'slow', 45, 55]]],
    ['heart rate 44 is stop', { heartRateBpm: 44 }, null, [['heart-rate', 'stop', 44, 45]]],
    ['heart rate 120 is stop', { heartRateBpm: 120 }, null, [['heart-rate', 'stop', 120, 120]]],
    ['SpO2 94 is slow', { spo2Percent: 94 }, null, [['spo2', 'slow', 94, 95]]],
    ['SpO2 91 is stop', { spo2Percent: 91 }, null, [['spo2', 'stop', 91, 92]]],
    ['diastolic keeps the default', { diastolicMmHg: 100 }, null, [['diastolic', 'slow', 100, 100]]],
  ])('%s', (_name, reading, baseline, expected) => {
    expect(summary(reading, baseline, edited)).toEqual(expected);
  });
});

describe('vitalThresholdsSchema refuses a set that contradicts itself', () => {
  const withPatch = (patch: Partial<VitalThresholds>) => ({ ...structuredClone(defaultVitalThresholds), ...patch });
  it.each<[string, Partial<VitalThresholds>, string]>([
    ['systolic slow above stop', { systolicMmHg: { slowAtOrAbove: 190, stopAtOrAbove: 180 } }, 'systolicMmHg.slowAtOrAbove'],
    ['diastolic slow above stop', { diastolicMmHg: { slowAtOrAbove: 115, stopAtOrAbove: 110 } }, 'diastolicMmHg.slowAtOrAbove'],
    ['heart-rate slow above stop', { heartRateBpm: { slowAtOrAbove: 140, stopAtOrAbove: 130, stopBelow: 50 } }, 'heartRateBpm.slowAtOrAbove'],
    ['heart-rate low stop above the high slow', { heartRateBpm: { slowAtOrAbove: 110, stopAtOrAbove: 130, stopBelow: 115 } }, 'heartRateBpm.stopBelow'],
    ['heart-rate low slow below the low stop', { heartRateBpm: { slowAtOrAbove: 110, stopAtOrAbove: 130, stopBelow: 50, slowBelow: 40 } }, 'heartRateBpm.slowBelow'],
    ['SpO2 slow below stop', { spo2Percent: { slowBelow: 88, stopBelow: 90 } }, 'spo2Percent.slowBelow'],
    ['respiratory slow below stop', { respiratoryRatePerMin: { slowBelow: 6, stopBelow: 8 } }, 'respiratoryRatePerMin.slowBelow'],
  ])('%s', (_name, patch, path) => {
    const result = vitalThresholdsSchema.safeParse(withPatch(patch));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  it('refuses unknown keys and missing numbers', () => {
    expect(vitalThresholdsSchema.safeParse({ ...structuredClone(defaultVitalThresholds), temperatureC: { stopAtOrAbove: 38 } }).success).toBe(false);
    const { spo2Percent: _dropped, ...withoutSpo2 } = structuredClone(defaultVitalThresholds);
    expect(vitalThresholdsSchema.safeParse(withoutSpo2).success).toBe(false);
  });
});

describe('vitalReadingSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a full set', { systolicMmHg: 120, diastolicMmHg: 80, heartRateBpm: 70, spo2Percent: 98, respiratoryRatePerMin: 14 }, true],
    ['one value', { spo2Percent: 97 }, true],
    ['nothing', {}, false],
    ['systolic 40', { systolicMmHg: 40 }, true],
    ['systolic 300', { systolicMmHg: 300 }, true],
    ['systolic 39', { systolicMmHg: 39 }, false],
    ['systolic 301', { systolicMmHg: 301 }, false],
    ['diastolic 20', { diastolicMmHg: 20 }, true],
    ['diastolic 200', { diastolicMmHg: 200 }, true],
    ['diastolic 19', { diastolicMmHg: 19 }, false],
    ['diastolic 201', { diastolicMmHg: 201 }, false],
    ['diastolic equal to systolic', { systolicMmHg: 120, diastolicMmHg: 120 }, false],
    ['diastolic above systolic', { systolicMmHg: 80, diastolicMmHg: 120 }, false],
    ['heart rate 20', { heartRateBpm: 20 }, true],
    ['heart rate 250', { heartRateBpm: 250 }, true],
    ['heart rate 19', { heartRateBpm: 19 }, false],
    ['heart rate 251', { heartRateBpm: 251 }, false],
    ['SpO2 50', { spo2Percent: 50 }, true],
    ['SpO2 100', { spo2Percent: 100 }, true],
    ['SpO2 49', { spo2Percent: 49 }, false],
    ['SpO2 101', { spo2Percent: 101 }, false],
    ['respiratory rate 0 (apnoea is a reading)', { respiratoryRatePerMin: 0 }, true],
    ['respiratory rate 80', { respiratoryRatePerMin: 80 }, true],
    ['respiratory rate 81', { respiratoryRatePerMin: 81 }, false],
    ['respiratory rate -1', { respiratoryRatePerMin: -1 }, false],
    ['a fraction', { heartRateBpm: 72.5 }, false],
    ['an unknown field', { heartRateBpm: 72, temperatureC: 37 }, false],
  ])('%s → %s', (_name, input, ok) => {
    expect(vitalReadingSchema.safeParse(input).success).toBe(ok);
  });
});
