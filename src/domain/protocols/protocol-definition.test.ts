import { describe, expect, it } from 'vitest';
import { defaultProtocols } from './default-protocols.js';
import { markClinicEdits } from './mark-clinic-edits.js';
import { type ProtocolDefinition, isConfirmed, protocolDefinitionSchema, protocolRoutes } from './protocol-definition.js';

const byKey = (key: string) => structuredClone(defaultProtocols.find((protocol) => protocol.key === key)!);
const iv = () => byKey('iv-racemic-depression');
const im = () => byKey('im-racemic-depression');
const esketamine = () => byKey('intranasal-esketamine-trd');

/** The issues of a parse as "path: message", so a test names the field it expects. */
function issues(protocol: unknown): string[] {
  const result = protocolDefinitionSchema.safeParse(protocol);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the default protocols', () => {
  it('are valid, survive a JSON round trip unchanged, and have unique keys', () => {
    for (const protocol of defaultProtocols) {
      expect(issues(protocol), protocol.key).toEqual([]);
      expect(protocolDefinitionSchema.parse(JSON.parse(JSON.stringify(protocol)))).toEqual(protocol);
    }
    expect(new Set(defaultProtocols.map((protocol) => protocol.key)).size).toBe(defaultProtocols.length);
  });

  it('cover every route once', () => {
    expect(defaultProtocols.map((protocol) => protocol.route).sort()).toEqual([...protocolRoutes].sort());
  });

  it('carry the published values: IV 0.5 mg/kg over 40 minutes, 6 within 21 days, esketamine label doses', () => {
    expect(iv().dosing).toMatchObject({ mode: 'per-kg', startMgPerKg: 0.5, infusionMinutes: 40, titrationStepsMgPerKg: [0.5, 0.75, 1.0] });
    expect(iv().series.induction).toMatchObject({ sessions: 6, withinDays: 21, pattern: { kind: 'per-week', sessionsPerWeek: 3, weeks: 2 } });
    expect(iv().limits).toEqual({ maxMgPerKg: 1.0, maxMg: 150 });
    expect(im().dosing).toMatchObject({ startMgPerKg: 0.5, publishedRangeMgPerKg: [0.25, 1.0] });
    expect(esketamine().dosing).toMatchObject({ allowedDosesMg: [28, 56, 84], dayOneDoseMg: 56, dayOneDoseMgAged65Plus: { US: 56, EU: 28, UK: 28 } });
    expect(esketamine().monitoring).toEqual({ vitalSignIntervalMinutes: 15, minimumObservationMinutes: 120, bloodPressureChecksMinutes: [0, 40], fasting: { noFoodHours: 2, noLiquidsMinutes: 30 } });
  });

  it('mark where every clinical value comes from, and call no [M], design or clinic value confirmed', () => {
    const mustBeMarked = ['dosing', 'limits.maxMg', 'monitoring.minimumObservationMinutes', 'monitoring.vitalSignIntervalMinutes', 'series.induction', 'series.maintenance.suggestedIntervalDays', 'sessionMinutes'];
    for (const protocol of defaultProtocols) {
      for (const field of mustBeMarked) {
        expect(protocol.provenance.some((entry) => entry.field === field || entry.field.startsWith(`${field}.`)), `${protocol.key} ${field}`).toBe(true);
      }
      expect(protocol.sources.length).toBeGreaterThan(0);
    }
    const ivMarks = Object.fromEntries(iv().provenance.map((entry) => [entry.field, entry.confidence]));
    expect(ivMarks['dosing.titrationStepsMgPerKg']).toBe('memory');
    expect(ivMarks['limits.maxMg']).toBe('clinic-setting');
    expect(isConfirmed(ivMarks['dosing.startMgPerKg']!)).toBe(true);
    expect(isConfirmed(ivMarks['monitoring.minimumObservationMinutes']!)).toBe(false);
    const oral = byKey('oral-racemic-depression');
    expect(oral.evidence).toBe('experimental');
    expect(oral.provenance.filter((entry) => entry.field !== 'dosing.publishedRangeMg').every((entry) => !isConfirmed(entry.confidence))).toBe(true);
  });
});

describe('protocolDefinitionSchema refuses unsafe or inconsistent edits, naming the field', () => {
  const edited = (base: ProtocolDefinition, edit: (protocol: ProtocolDefinition) => void) => {
    edit(base);
    return issues(base);
  };

  it('a maximum below the starting dose', () => {
    expect(edited(iv(), (p) => void (p.limits.maxMgPerKg = 0.4))).toEqual([
      'limits.maxMgPerKg: Must be at least the starting dose (0.5 mg/kg)',
      'dosing.titrationStepsMgPerKg.0: Above the maximum of 0.4 mg/kg',
      'dosing.titrationStepsMgPerKg.1: Above the maximum of 0.4 mg/kg',
      'dosing.titrationStepsMgPerKg.2: Above the maximum of 0.4 mg/kg',
    ]);
    expect(edited(esketamine(), (p) => void (p.limits.maxMg = 50))).toContain('limits.maxMg: Must be at least the starting dose (56 mg)');
  });

  it('a weight-based protocol without a mg/kg maximum, and titration steps that do not rise', () => {
    expect(edited(iv(), (p) => void delete p.limits.maxMgPerKg)).toEqual([
      'limits.maxMgPerKg: A weight-based protocol needs a maximum in mg/kg',
      'provenance.6.field: limits.maxMgPerKg names no value of this protocol',
    ]);
    expect(edited(iv(), (p) => void (p.dosing.mode === 'per-kg' && (p.dosing.titrationStepsMgPerKg = [0.5, 0.5])))).toEqual(['dosing.titrationStepsMgPerKg.1: Steps must rise']);
  });

  it('anaesthetic ranges: IV 1.0 mg/kg over under 10 minutes, IM at 2 mg/kg', () => {
    expect(edited(iv(), (p) => void (p.dosing.mode === 'per-kg' && (p.dosing.infusionMinutes = 5)))).toEqual(['dosing.infusionMinutes: Up to 1 mg/kg over under 10 minutes is an anaesthetic dose']);
    expect(edited(im(), (p) => void (p.limits.maxMgPerKg = 2))).toEqual(['limits.maxMgPerKg: IM doses of 2 mg/kg and more are anaesthetic doses']);
  });

  it('IV without an infusion time, or the 100 mg/mL strength undiluted', () => {
    expect(edited(iv(), (p) => void (p.dosing.mode === 'per-kg' && delete p.dosing.infusionMinutes))).toEqual([
      'dosing.infusionMinutes: An IV protocol needs an infusion time',
      'provenance.1.field: dosing.infusionMinutes names no value of this protocol',
    ]);
    expect(edited(iv(), (p) => void (p.dosing.mode === 'per-kg' && Object.assign(p.dosing, { concentrationMgPerMl: 100, diluentMl: 0 })))).toEqual(['dosing.diluentMl: The 100 mg/mL strength must be diluted for IV use']);
  });

  it('esketamine doses that are not whole 28 mg devices, or per kg', () => {
    expect(edited(esketamine(), (p) => void (p.dosing.mode === 'fixed' && (p.dosing.allowedDosesMg = [28, 56, 70])))).toEqual([
      'dosing.allowedDosesMg.2: Esketamine doses are 28, 56 or 84 mg (whole 28 mg devices)',
    ]);
    expect(edited(esketamine(), (p) => void (p.dosing.mode === 'fixed' && (p.dosing.dayOneDoseMgAged65Plus = { US: 56, EU: 42, UK: 28 })))).toEqual([
      'dosing.dayOneDoseMgAged65Plus.EU: Not one of the allowed doses (28, 56, 84 mg)',
    ]);
    expect(edited(esketamine(), (p) => void (p.dosing = { mode: 'per-kg', startMgPerKg: 0.2, titrationStepsMgPerKg: [], weightBasis: 'actual' }))).toContain(
      'dosing.mode: Esketamine is dosed in fixed mg',
    );
  });

  it('a session too short for infusion plus observation, and a series that does not add up', () => {
    expect(edited(iv(), (p) => void (p.sessionMinutes = 90))).toEqual(['sessionMinutes: Shorter than administration plus observation (100 minutes)']);
    expect(edited(iv(), (p) => void (p.series.induction.sessions = 8))).toEqual(['series.induction.sessions: The pattern books 6 sessions']);
    expect(edited(iv(), (p) => void (p.series.induction.minDaysBetweenSessions = 4))).toEqual(['series.induction.minDaysBetweenSessions: Leaves no room for the sessions of a week']);
    expect(edited(esketamine(), (p) => void (p.series.induction.withinDays = 28))).toEqual(['series.induction.withinDays: The pattern spans 8 weeks']);
    expect(edited(esketamine(), (p) => void (p.monitoring.bloodPressureChecksMinutes = [40, 0]))).toEqual(['monitoring.bloodPressureChecksMinutes.1: Checks must be in time order']);
  });

  it('field-level errors from the types too, with their paths', () => {
    expect(edited(iv(), (p) => void ((p as { route: string }).route = 'rectal'))[0]).toMatch(/^route: /);
    expect(edited(iv(), (p) => void (p.key = 'IV Racemic'))).toEqual(['key: Use lower-case letters, digits and hyphens']);
  });
});

describe('markClinicEdits', () => {
  it('re-marks a changed value as the clinic’s, naming the published default, and leaves the rest', () => {
    const edit = iv();
    edit.limits.maxMg = 120;
    if (edit.dosing.mode === 'per-kg') edit.dosing.infusionMinutes = 60;
    edit.sessionMinutes = 140;
    edit.name = 'Our IV protocol';
    const marked = markClinicEdits(iv(), edit);
    const mark = (field: string) => marked.provenance.find((entry) => entry.field === field);
    expect(mark('dosing.infusionMinutes')).toEqual({ field: 'dosing.infusionMinutes', confidence: 'clinic-setting', source: 'clinic', note: 'Changed by the clinic; the published default was 40.' });
    expect(mark('limits.maxMg')?.note).toBe('Changed by the clinic; the published default was 150.');
    expect(mark('dosing.startMgPerKg')?.confidence).toBe('confirmed-multiple');
    expect(marked.provenance.some((entry) => entry.field === 'name')).toBe(false);
    expect(issues(marked)).toEqual([]);
  });

  it('adds a mark for a changed value that had none, and drops the mark of a removed value', () => {
    const edit = esketamine();
    edit.monitoring.fasting = { noFoodHours: 3, noLiquidsMinutes: 30 };
    edit.series.maintenance.suggestedIntervalDays = [14, 14];
    const marked = markClinicEdits(esketamine(), edit);
    expect(marked.provenance.find((entry) => entry.field === 'monitoring.fasting')?.note).toBe('Changed by the clinic; the published default was {"noFoodHours":2,"noLiquidsMinutes":30}.');

    const ivEdit = iv();
    if (ivEdit.dosing.mode === 'per-kg') delete ivEdit.dosing.concentrationMgPerMl;
    ivEdit.monitoring.bloodPressureChecksMinutes = [0, 20, 40];
    const ivMarked = markClinicEdits(iv(), ivEdit);
    expect(ivMarked.provenance.some((entry) => entry.field === 'dosing.concentrationMgPerMl')).toBe(false);
    expect(ivMarked.provenance.find((entry) => entry.field === 'monitoring.bloodPressureChecksMinutes')).toEqual({
      field: 'monitoring.bloodPressureChecksMinutes',
      confidence: 'clinic-setting',
      source: 'clinic',
      note: 'Set by the clinic; the published default was unset.',
    });
    expect(issues(ivMarked)).toEqual([]);
  });
});
