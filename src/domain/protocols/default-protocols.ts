import { clinicalSources as sources } from './clinical-sources.js';
import type { ProtocolDefinition } from './protocol-definition.js';

/*
 * The published starting points a clinic edits. Every value carries a `provenance` entry with SPEC.md's
 * confidence mark, so the UI can show which numbers are confirmed, which are from memory [M], and which are
 * the project's or the clinic's own choice. Comments repeat the mark next to the value.
 */

// Racemic IV and IM induction: six sessions within 21 days (Oliver 2022 [C]), three a week for two weeks
// (Feder 2021 [C]). Mon/Wed/Fri spacing gives at least two days between sessions: our design.
const racemicInduction: ProtocolDefinition['series']['induction'] = {
  sessions: 6,
  withinDays: 21,
  pattern: { kind: 'per-week', sessionsPerWeek: 3, weeks: 2 },
  minDaysBetweenSessions: 2,
};

// No evidence-based maintenance schedule: "based on clinical response" (Oliver 2022 [C]); boosters every
// 2–8 weeks is typical practice [M]. Responders often keep the response for weeks without it (McInnes 2022 [C]).
const racemicMaintenance: ProtocolDefinition['series']['maintenance'] = {
  kind: 'by-response',
  suggestedIntervalDays: [14, 56],
  note: 'No evidence-based schedule: offer boosters by clinical response. In McInnes 2022 about 80% of responders kept their response at 4 weeks and about 60% at 8 weeks without maintenance.',
};

const ivRacemic: ProtocolDefinition = {
  key: 'iv-racemic-depression',
  name: 'IV racemic ketamine for depression',
  route: 'iv',
  summary: 'Racemic ketamine 0.5 mg/kg by IV infusion over 40 minutes, six infusions within three weeks, then boosters by response (off-label).',
  dosing: {
    mode: 'per-kg',
    startMgPerKg: 0.5, // [C2] Murrough 2013; Feder 2014/2021; Oliver 2022
    titrationStepsMgPerKg: [0.5, 0.75, 1.0], // [M] common practice when there is no response and it is tolerated
    weightBasis: 'actual', // design; some protocols use ideal or adjusted weight when BMI > 30 [M]
    concentrationMgPerMl: 10, // clinic setting (its stock); 100 mg/mL must be diluted for IV use [S: Ketalar label]
    diluentMl: 100, // clinic setting
    infusionMinutes: 40, // [C2] the research standard
  },
  limits: {
    maxMgPerKg: 1.0, // [M] suggested cap for IV psychiatric use
    maxMg: 150, // clinic setting: SPEC asks for an absolute mg cap the clinic sets; 150 mg is a placeholder
  },
  monitoring: {
    vitalSignIntervalMinutes: 15, // [M] BP every 5–15 min, typically q15 during a 40-min infusion (SPEC §2.6)
    minimumObservationMinutes: 60, // [M] SPEC §2.6 gives ≥ 30–60 min after the infusion ends; we take 60
  },
  series: { induction: racemicInduction, maintenance: racemicMaintenance },
  sessionMinutes: 120, // design: 15 min pre-dose checks + 40 min infusion + 60 min observation, rounded up
  measurementCadenceNote: 'Review whether to continue after 2–4 infusions [M: Sanacora 2017] and at the end of induction; report outcomes after the 6th infusion (Oliver 2022).',
  sources: [sources.murrough2013, sources.feder2014, sources.feder2021, sources.oliver2022, sources.mcinnes2022, sources.sanacora2017, sources.ketalarLabel, sources.specPractice],
  evidence: 'research',
  provenance: [
    { field: 'dosing.startMgPerKg', confidence: 'confirmed-multiple', source: 'Murrough 2013; Feder 2014; Feder 2021; Oliver 2022' },
    { field: 'dosing.infusionMinutes', confidence: 'confirmed-multiple', source: 'Murrough 2013; Feder 2014; Feder 2021; Oliver 2022' },
    { field: 'dosing.titrationStepsMgPerKg', confidence: 'memory', note: 'Common practice, not from a trial.' },
    { field: 'dosing.weightBasis', confidence: 'design', note: 'Some protocols dose on ideal or adjusted weight when BMI is over 30 [M; Sanacora 2017 discusses weight-based dosing].' },
    { field: 'dosing.concentrationMgPerMl', confidence: 'clinic-setting', note: 'Match the clinic’s stock. The 100 mg/mL strength must be diluted for IV use [S: Ketalar label].' },
    { field: 'dosing.diluentMl', confidence: 'clinic-setting' },
    { field: 'limits.maxMgPerKg', confidence: 'memory', note: 'Suggested cap for IV psychiatric use.' },
    { field: 'limits.maxMg', confidence: 'clinic-setting', note: 'An absolute cap the clinic must set; 150 mg is a placeholder.' },
    { field: 'monitoring.vitalSignIntervalMinutes', confidence: 'memory', note: 'SPEC §2.6: BP every 5–15 minutes, typically every 15 during a 40-minute infusion.' },
    { field: 'monitoring.minimumObservationMinutes', confidence: 'memory', note: 'SPEC §2.6 gives at least 30–60 minutes after the infusion ends; we default to 60.' },
    { field: 'series.induction.sessions', confidence: 'confirmed', source: 'Oliver 2022' },
    { field: 'series.induction.withinDays', confidence: 'confirmed', source: 'Oliver 2022' },
    { field: 'series.induction.pattern', confidence: 'confirmed', source: 'Feder 2021' },
    { field: 'series.induction.minDaysBetweenSessions', confidence: 'design', note: 'Mon/Wed/Fri-like spacing.' },
    { field: 'series.maintenance.suggestedIntervalDays', confidence: 'memory', note: 'Boosters every 2–8 weeks is typical practice; no evidence-based schedule (Oliver 2022).' },
    { field: 'sessionMinutes', confidence: 'design' },
  ],
};

const imRacemic: ProtocolDefinition = {
  key: 'im-racemic-depression',
  name: 'IM racemic ketamine for depression',
  route: 'im',
  summary: 'Racemic ketamine 0.5 mg/kg by intramuscular injection, on the same six-session series as IV, then boosters by response (off-label).',
  dosing: {
    mode: 'per-kg',
    startMgPerKg: 0.5, // [M] depression studies used about 0.25–1.0 mg/kg, most often 0.5
    titrationStepsMgPerKg: [0.5, 0.75, 1.0], // [M] mirrors IV practice
    weightBasis: 'actual', // design
    publishedRangeMgPerKg: [0.25, 1.0], // [M]
  },
  limits: {
    maxMgPerKg: 1.0, // [M] top of the published psychiatric range; 2 mg/kg and more is anaesthetic [S] and refused
    maxMg: 150, // clinic setting, placeholder
  },
  monitoring: {
    vitalSignIntervalMinutes: 15, // [M] as for IV
    minimumObservationMinutes: 90, // design: no infusion end to count from, so 90 min after the injection
  },
  series: { induction: racemicInduction, maintenance: racemicMaintenance }, // design: the IV series, no IM-specific schedule
  sessionMinutes: 120, // design: pre-dose checks + 90 min observation, rounded up
  measurementCadenceNote: 'As for IV: review after 2–4 sessions [M: Sanacora 2017] and at the end of induction.',
  sources: [sources.oliver2022, sources.feder2021, sources.sanacora2017, sources.asa2025, sources.specPractice],
  evidence: 'practice',
  provenance: [
    { field: 'dosing.startMgPerKg', confidence: 'memory', note: 'Depression studies used about 0.25–1.0 mg/kg, most often 0.5 mg/kg.' },
    { field: 'dosing.titrationStepsMgPerKg', confidence: 'memory' },
    { field: 'dosing.weightBasis', confidence: 'design' },
    { field: 'dosing.publishedRangeMgPerKg', confidence: 'memory' },
    { field: 'limits.maxMgPerKg', confidence: 'memory', note: 'IM anaesthetic and sedation doses are 2–4 mg/kg [S]; protocols at 2 mg/kg or more are refused.' },
    { field: 'limits.maxMg', confidence: 'clinic-setting', note: 'An absolute cap the clinic must set; 150 mg is a placeholder.' },
    { field: 'monitoring.vitalSignIntervalMinutes', confidence: 'memory' },
    { field: 'monitoring.minimumObservationMinutes', confidence: 'design', note: 'SPEC gives no IM figure; 90 minutes after the injection.' },
    { field: 'series.induction', confidence: 'design', note: 'Borrowed from the IV series (Oliver 2022; Feder 2021); no IM-specific schedule was found.' },
    { field: 'series.maintenance.suggestedIntervalDays', confidence: 'memory' },
    { field: 'sessionMinutes', confidence: 'design' },
  ],
};

const esketamine: ProtocolDefinition = {
  key: 'intranasal-esketamine-trd',
  name: 'Intranasal esketamine (Spravato) for treatment-resistant depression',
  route: 'intranasal-esketamine',
  summary: 'Esketamine nasal spray as labelled: 56 mg on day 1, then 56 or 84 mg twice a week for four weeks, weekly for four weeks, then every one or two weeks.',
  dosing: {
    mode: 'fixed',
    startDoseMg: 56, // [C2] 56 or 84 mg after day 1
    allowedDosesMg: [28, 56, 84], // [C2] one 28 mg device each; 5 min between devices
    dayOneDoseMg: 56, // [C2]
    // Aged 65+: EU/UK start at 28 mg [C2: UK PI; MIMS]; US material gives 56 mg with no geriatric start [S].
    dayOneDoseMgAged65Plus: { US: 56, EU: 28, UK: 28 },
  },
  limits: { maxMg: 84 }, // [C2] the highest labelled dose
  monitoring: {
    vitalSignIntervalMinutes: 15, // design: pulse oximetry every session [C2]; the 15-min round is ours
    minimumObservationMinutes: 120, // [C2] label and REMS: at least 2 hours
    bloodPressureChecksMinutes: [0, 40], // [C2] before dosing and about 40 min after, then as warranted
    fasting: { noFoodHours: 2, noLiquidsMinutes: 30 }, // [C: Oncology Nurse Advisor]
  },
  series: {
    induction: {
      sessions: 12,
      withinDays: 56,
      pattern: {
        kind: 'phased',
        phases: [
          { weeks: 4, sessionsPerWeek: 2, phase: 'induction' }, // [C2] weeks 1–4 twice weekly
          { weeks: 4, sessionsPerWeek: 1, phase: 'maintenance' }, // [C2] weeks 5–8 weekly
        ],
      },
      minDaysBetweenSessions: 2, // design: twice weekly, e.g. Mon/Thu
    },
    maintenance: {
      kind: 'by-response',
      suggestedIntervalDays: [7, 14], // [C2] week 9 onward: every 2 weeks or weekly, individualised
      note: 'From week 9: 56 or 84 mg every two weeks or weekly, set individually at the lowest frequency that keeps the response.',
    },
  },
  sessionMinutes: 150, // design: pre-dose checks + up to 10 min for three devices + 120 min observation
  measurementCadenceNote: 'Check for benefit at the end of induction (week 4), as the label asks.',
  sources: [sources.spravatoUs, sources.spravatoSummaries, sources.spravatoUk, sources.spravatoMonotherapy],
  evidence: 'label',
  provenance: [
    { field: 'dosing.startDoseMg', confidence: 'confirmed-multiple', source: 'MIMS; Medical News Today; Oncology Nurse Advisor' },
    { field: 'dosing.allowedDosesMg', confidence: 'confirmed-multiple', source: 'Healthline; MIMS; Oncology Nurse Advisor' },
    { field: 'dosing.dayOneDoseMg', confidence: 'confirmed-multiple', source: 'MIMS; Medical News Today; Oncology Nurse Advisor' },
    { field: 'dosing.dayOneDoseMgAged65Plus.US', confidence: 'secondary', note: 'US HCP material gives 56 mg on day 1 with no separate geriatric start.' },
    { field: 'dosing.dayOneDoseMgAged65Plus.EU', confidence: 'confirmed-multiple', source: 'UK PI; MIMS' },
    { field: 'dosing.dayOneDoseMgAged65Plus.UK', confidence: 'confirmed-multiple', source: 'UK PI; MIMS' },
    { field: 'limits.maxMg', confidence: 'confirmed-multiple' },
    { field: 'monitoring.vitalSignIntervalMinutes', confidence: 'design', note: 'The label asks for pulse oximetry every session and BP at 0 and 40 min; the 15-minute round is ours.' },
    { field: 'monitoring.minimumObservationMinutes', confidence: 'confirmed-multiple', source: 'spravatohcp.com; label text' },
    { field: 'monitoring.bloodPressureChecksMinutes', confidence: 'confirmed-multiple', source: 'spravatohcp.com; label text' },
    { field: 'monitoring.fasting', confidence: 'confirmed', source: 'Oncology Nurse Advisor' },
    { field: 'series.induction.pattern', confidence: 'confirmed-multiple', source: 'MIMS; Medical News Today; Oncology Nurse Advisor' },
    { field: 'series.induction.minDaysBetweenSessions', confidence: 'design' },
    { field: 'series.maintenance.suggestedIntervalDays', confidence: 'confirmed-multiple' },
    { field: 'sessionMinutes', confidence: 'design' },
  ],
};

// Oral and sublingual racemic ketamine: no published schedule or standard dose. Every value is a conservative
// default [M] or our design, for the medical director to replace. Andrade 2019 calls oral ketamine for
// depression "experimental" [C].
const oralSeries: ProtocolDefinition['series'] = {
  induction: { sessions: 6, withinDays: 21, pattern: { kind: 'per-week', sessionsPerWeek: 2, weeks: 3 }, minDaysBetweenSessions: 2 },
  maintenance: {
    kind: 'by-response',
    suggestedIntervalDays: [14, 56],
    note: 'No published maintenance schedule for this route: set by response, as for IV boosters.',
  },
};

const oralProvenance = (route: 'oral' | 'sublingual'): ProtocolDefinition['provenance'] => [
  { field: 'dosing.startDoseMg', confidence: 'design', note: 'A conservative start at the low end of the published range.' },
  { field: 'dosing.allowedDosesMg', confidence: 'design' },
  route === 'oral'
    ? { field: 'dosing.publishedRangeMg', confidence: 'confirmed', source: 'Andrade 2019', note: 'Fixed doses of 25–300 mg have been published; bioavailability about 20–25%.' }
    : { field: 'dosing.publishedRangeMg', confidence: 'memory', note: 'Typical clinic doses of roughly 50–300 mg; bioavailability about 25–30%.' },
  { field: 'limits.maxMg', confidence: 'clinic-setting', note: 'Below the top of the published range on purpose; the clinic sets its own cap.' },
  { field: 'monitoring.vitalSignIntervalMinutes', confidence: 'design' },
  { field: 'monitoring.minimumObservationMinutes', confidence: 'design', note: 'Absorption is slower and less predictable than IV, so we observe as long as for esketamine.' },
  { field: 'series.induction', confidence: 'design', note: 'No published schedule: six sessions within 21 days as for IV, but two a week.' },
  { field: 'series.maintenance.suggestedIntervalDays', confidence: 'design' },
  { field: 'sessionMinutes', confidence: 'design' },
];

const oralRacemic: ProtocolDefinition = {
  key: 'oral-racemic-depression',
  name: 'Oral racemic ketamine for depression (supervised)',
  route: 'oral',
  summary: 'Racemic ketamine swallowed in the clinic at a conservative fixed dose; oral ketamine for depression is still experimental (off-label).',
  dosing: {
    mode: 'fixed',
    startDoseMg: 50, // design, conservative
    allowedDosesMg: [25, 50, 75, 100, 150, 200], // design
    publishedRangeMg: [25, 300], // [C: Andrade 2019]
  },
  limits: { maxMg: 200 }, // clinic setting, placeholder
  monitoring: { vitalSignIntervalMinutes: 15, minimumObservationMinutes: 120 }, // design
  series: oralSeries,
  sessionMinutes: 150, // design: pre-dose checks + 120 min observation, rounded up
  measurementCadenceNote: 'Review benefit and side effects after every two sessions: the evidence for this route is thin.',
  sources: [sources.andrade2019, sources.asa2025, sources.specPractice],
  evidence: 'experimental',
  provenance: oralProvenance('oral'),
};

const sublingualRacemic: ProtocolDefinition = {
  key: 'sublingual-racemic-depression',
  name: 'Sublingual racemic ketamine (lozenge) for depression (supervised)',
  route: 'sublingual',
  summary: 'Racemic ketamine lozenge held under the tongue in the clinic at a conservative fixed dose (off-label, little published evidence).',
  dosing: {
    mode: 'fixed',
    startDoseMg: 50, // design, conservative
    allowedDosesMg: [25, 50, 75, 100, 150, 200], // design
    publishedRangeMg: [50, 300], // [M] typical clinic doses
  },
  limits: { maxMg: 200 }, // clinic setting, placeholder
  monitoring: { vitalSignIntervalMinutes: 15, minimumObservationMinutes: 120 }, // design
  series: oralSeries,
  sessionMinutes: 150, // design
  measurementCadenceNote: 'Review benefit and side effects after every two sessions: the evidence for this route is thin.',
  sources: [sources.andrade2019, sources.asa2025, sources.specPractice],
  evidence: 'practice',
  provenance: oralProvenance('sublingual'),
};

export const defaultProtocols: ProtocolDefinition[] = [ivRacemic, imRacemic, esketamine, oralRacemic, sublingualRacemic];
