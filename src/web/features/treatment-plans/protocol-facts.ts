import { isConfirmed, type FactConfidence, type ProtocolDefinition, type ProvenanceEntry } from '../../../domain/protocols/protocol-definition';
import { listWords } from './plan-words';

/** One value of a protocol as shown to a prescriber, with its mark when no confirmed source stands behind it. */
export interface ProtocolFact {
  label: string;
  value: string;
  /** The weakest provenance of the value, when it is not confirmed ([C] or [C2]); null when confirmed or unmarked. */
  unconfirmed: { confidence: FactConfidence; note: string | null } | null;
}

export interface ProtocolFactGroups {
  dosing: ProtocolFact[];
  limits: ProtocolFact[];
  monitoring: ProtocolFact[];
  series: ProtocolFact[];
}

const covers = (field: string, path: string) => path === field || path.startsWith(`${field}.`);
const weakestFirst: FactConfidence[] = ['clinic-setting', 'design', 'memory', 'secondary', 'confirmed', 'confirmed-multiple'];

/** The weakest provenance entry that speaks for `path`, its parts (`…Aged65Plus.EU`) or a whole it belongs to (`monitoring.fasting`). */
export function unconfirmedMark(provenance: readonly ProvenanceEntry[], path: string): ProtocolFact['unconfirmed'] {
  const entries = provenance.filter((entry) => covers(entry.field, path) || covers(path, entry.field)).filter((entry) => !isConfirmed(entry.confidence));
  const weakest = entries.sort((a, b) => weakestFirst.indexOf(a.confidence) - weakestFirst.indexOf(b.confidence))[0];
  return weakest ? { confidence: weakest.confidence, note: weakest.note ?? null } : null;
}

const minutes = (count: number) => (count === 1 ? '1 minute' : `${count} minutes`);
const hours = (count: number) => (count === 1 ? '1 hour' : `${count} hours`);

function dosingFacts(protocol: ProtocolDefinition): [string, string, string][] {
  const dosing = protocol.dosing;
  if (dosing.mode === 'per-kg') {
    return [
      ['Starting dose', `${dosing.startMgPerKg} mg/kg of ${dosing.weightBasis} body weight`, 'dosing.startMgPerKg'],
      ...(dosing.titrationStepsMgPerKg.length > 0 ? [['Steps up, if there is no response and it is tolerated', `${listWords(dosing.titrationStepsMgPerKg)} mg/kg`, 'dosing.titrationStepsMgPerKg'] as [string, string, string]] : []),
      ...(dosing.publishedRangeMgPerKg ? [['Published range', `${dosing.publishedRangeMgPerKg[0]}–${dosing.publishedRangeMgPerKg[1]} mg/kg`, 'dosing.publishedRangeMgPerKg'] as [string, string, string]] : []),
      ...(dosing.infusionMinutes ? [['Infusion time', minutes(dosing.infusionMinutes), 'dosing.infusionMinutes'] as [string, string, string]] : []),
      ...(dosing.concentrationMgPerMl ? [['Concentration', `${dosing.concentrationMgPerMl} mg/mL`, 'dosing.concentrationMgPerMl'] as [string, string, string]] : []),
      ...(dosing.diluentMl ? [['Diluent', `${dosing.diluentMl} mL`, 'dosing.diluentMl'] as [string, string, string]] : []),
    ];
  }
  const aged65 = dosing.dayOneDoseMgAged65Plus;
  return [
    ...(dosing.dayOneDoseMg ? [['First session', `${dosing.dayOneDoseMg} mg`, 'dosing.dayOneDoseMg'] as [string, string, string]] : []),
    ...(aged65
      ? [['First session, aged 65 or over', Object.entries(aged65).map(([where, doseMg]) => `${where} ${doseMg} mg`).join(', '), 'dosing.dayOneDoseMgAged65Plus'] as [string, string, string]]
      : []),
    [dosing.dayOneDoseMg ? 'Later sessions' : 'Starting dose', `${dosing.startDoseMg} mg`, 'dosing.startDoseMg'],
    ...(dosing.allowedDosesMg ? [['Allowed doses', `${listWords(dosing.allowedDosesMg)} mg`, 'dosing.allowedDosesMg'] as [string, string, string]] : []),
  ];
}

function seriesFacts(protocol: ProtocolDefinition): [string, string, string][] {
  const { induction, maintenance } = protocol.series;
  const pattern =
    induction.pattern.kind === 'per-week'
      ? `${induction.pattern.sessionsPerWeek} a week for ${induction.pattern.weeks} weeks`
      : induction.pattern.phases.map((phase) => `${phase.sessionsPerWeek} a week for ${phase.weeks} weeks`).join(', then ');
  return [
    ['Induction', `${induction.sessions} sessions within ${induction.withinDays} days`, 'series.induction.sessions'],
    ['Pattern', pattern, 'series.induction.pattern'],
    ['Between sessions, at least', induction.minDaysBetweenSessions === 1 ? '1 day' : `${induction.minDaysBetweenSessions} days`, 'series.induction.minDaysBetweenSessions'],
    ['Afterwards', `by response, every ${maintenance.suggestedIntervalDays[0]}–${maintenance.suggestedIntervalDays[1]} days`, 'series.maintenance.suggestedIntervalDays'],
    ['Chair time per session', minutes(protocol.sessionMinutes), 'sessionMinutes'],
  ];
}

/** The protocol's values a prescriber checks before choosing it, grouped, each with its provenance mark. */
export function protocolFacts(protocol: ProtocolDefinition): ProtocolFactGroups {
  const monitoring = protocol.monitoring;
  const fact = ([label, value, path]: [string, string, string]): ProtocolFact => ({ label, value, unconfirmed: unconfirmedMark(protocol.provenance, path) });
  return {
    dosing: dosingFacts(protocol).map(fact),
    limits: [
      ...(protocol.limits.maxMgPerKg !== undefined ? [fact(['Highest dose by weight', `${protocol.limits.maxMgPerKg} mg/kg`, 'limits.maxMgPerKg'])] : []),
      fact(['Highest dose', `${protocol.limits.maxMg} mg`, 'limits.maxMg']),
    ],
    monitoring: [
      fact(['Vital signs', `every ${minutes(monitoring.vitalSignIntervalMinutes)}`, 'monitoring.vitalSignIntervalMinutes']),
      fact(['Observation after the dose, at least', minutes(monitoring.minimumObservationMinutes), 'monitoring.minimumObservationMinutes']),
      ...(monitoring.bloodPressureChecksMinutes?.length
        ? [fact(['Blood pressure', `at ${listWords(monitoring.bloodPressureChecksMinutes)} minutes after dosing starts (0 is before the dose)`, 'monitoring.bloodPressureChecksMinutes'])]
        : []),
      fact([
        'Fasting',
        monitoring.fasting ? `no food for ${hours(monitoring.fasting.noFoodHours)} and no drinks for ${minutes(monitoring.fasting.noLiquidsMinutes)} before` : 'no rule in this protocol',
        'monitoring.fasting',
      ]),
    ],
    series: seriesFacts(protocol).map(fact),
  };
}
