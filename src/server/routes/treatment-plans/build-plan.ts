import { type DoseResult, calculateDose } from '../../../domain/dosing/calculate-dose.js';
import type { DoseInput } from '../../../domain/dosing/dose-input.js';
import { type ProposedSession, proposeSeries } from '../../../domain/protocols/propose-series.js';
import type { ProtocolDefinition } from '../../../domain/protocols/protocol-definition.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { PlanDose } from '../../../db/repos/treatment-plans-repo.js';
import type { PlanContext } from './plan-context.js';

/** The protocol's own starting dose, or the one the prescriber chose, checked against the protocol. */
export function chooseStartingDose(protocol: ProtocolDefinition, chosen: PlanDose | undefined): PlanDose {
  const { dosing, limits } = protocol;
  if (dosing.mode === 'per-kg') {
    if (!chosen) return { mgPerKg: dosing.startMgPerKg };
    if (!('mgPerKg' in chosen)) throw invalidDose(`${protocol.name} is dosed in mg/kg.`, 'Give mgPerKg');
    if (limits.maxMgPerKg !== undefined && chosen.mgPerKg > limits.maxMgPerKg) throw invalidDose(`Above the protocol's limit of ${limits.maxMgPerKg} mg/kg.`, `At most ${limits.maxMgPerKg} mg/kg`);
    return chosen;
  }
  if (!chosen) return { mg: dosing.startDoseMg };
  if (!('mg' in chosen)) throw invalidDose(`${protocol.name} is a fixed dose in mg.`, 'Give mg');
  if (dosing.allowedDosesMg && !dosing.allowedDosesMg.includes(chosen.mg)) throw invalidDose(`${protocol.name} allows ${dosing.allowedDosesMg.join(', ')} mg.`, `One of ${dosing.allowedDosesMg.join(', ')} mg`);
  if (chosen.mg > limits.maxMg) throw invalidDose(`Above the protocol's limit of ${limits.maxMg} mg.`, `At most ${limits.maxMg} mg`);
  return chosen;
}

function invalidDose(message: string, detail: string): AppError {
  return new AppError('VALIDATION', message, [{ in: 'body', pointer: '/startingDose', detail }]);
}

/** The proposed series with the chosen starting dose; the label's day-1 dose (esketamine, by age) is kept. */
export function proposePlanSessions(protocol: ProtocolDefinition, startDate: string, startingDose: PlanDose, context: PlanContext): ProposedSession[] {
  const proposed = proposeSeries({ protocol, startDate, openingHours: context.openingHours, ageYears: context.ageYears, jurisdiction: context.jurisdiction });
  return proposed.map((session) => (session.flags?.includes('age-adjusted-dose') || (session.sequence === 1 && protocol.dosing.mode === 'fixed' && protocol.dosing.dayOneDoseMg !== undefined) ? session : { ...session, dose: startingDose }));
}

/** Today's dose for the starting dose, from the newest weight; null when a weight-based dose has no weight yet. */
export function calculateStartingDose(protocol: ProtocolDefinition, startingDose: PlanDose, context: PlanContext): DoseResult | null {
  const { dosing, limits, route } = protocol;
  const weight = context.latestWeight;
  const sexAtBirth = context.chart.sexAtBirth;
  if ('mgPerKg' in startingDose) {
    if (!weight || dosing.mode !== 'per-kg') return null;
    const basis = dosing.weightBasis !== 'actual' && (weight.heightCm === null || (sexAtBirth !== 'female' && sexAtBirth !== 'male')) ? 'actual' : dosing.weightBasis;
    const input: DoseInput = {
      route,
      weightKg: weight.weightKg,
      weightBasis: basis,
      doseMgPerKg: startingDose.mgPerKg,
      limits,
      ...(basis !== 'actual' ? { heightCm: weight.heightCm!, sexAtBirth: sexAtBirth as 'female' | 'male' } : {}),
      ...(dosing.concentrationMgPerMl !== undefined ? { concentrationMgPerMl: dosing.concentrationMgPerMl } : {}),
      ...(route === 'iv' && dosing.diluentMl !== undefined ? { diluentMl: dosing.diluentMl } : {}),
      ...(route === 'iv' && dosing.infusionMinutes !== undefined ? { infusionMinutes: dosing.infusionMinutes } : {}),
    } as DoseInput;
    return calculateDose(input);
  }
  const needsWeight = limits.maxMgPerKg !== undefined && route !== 'intranasal-esketamine';
  if (needsWeight && !weight) return null;
  const input = {
    route,
    doseMg: startingDose.mg,
    limits: route === 'intranasal-esketamine' ? { maxMg: limits.maxMg } : limits,
    ...(needsWeight ? { weightKg: weight!.weightKg } : {}),
  } as DoseInput;
  return calculateDose(input);
}
