import type { Jurisdiction } from '../../../domain/protocols/protocol-definition.js';
import { defaultOpeningHours, type OpeningHours, openingHoursSchema } from '../../../domain/protocols/opening-hours.js';
import { ageInYears } from '../../../domain/patients/patient.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { findTreatingLocation } from '../../../db/repos/organisations-repo.js';
import { findPatientChart, type PatientChart } from '../../../db/repos/patients-repo.js';

export interface PlanContext {
  chart: PatientChart;
  ageYears: number;
  openingHours: OpeningHours;
  jurisdiction: Jurisdiction;
  /** The newest weight, and the newest height, for dosing. */
  latestWeight: { weightKg: number; heightCm: number | null; measuredAt: string } | null;
}

// EU member states (ISO 3166-1): the esketamine day-1 dose for patients aged 65+ follows the EU label there.
const euCountries = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

function jurisdictionOf(country: string): Jurisdiction {
  if (country === 'GB') return 'UK';
  return euCountries.has(country) ? 'EU' : 'US';
}

/** What planning a course needs to know about the patient and where they are treated (home location, else the first). */
export async function loadPlanContext(tx: Database, scope: AccessScope, patientId: string, now: Date): Promise<PlanContext> {
  const chart = await findPatientChart(tx, scope, patientId);
  if (!chart) throw new AppError('NOT_FOUND', 'No such patient.');
  const location = await findTreatingLocation(tx, scope, chart.homeLocationId);
  const hours = location?.openingHours ? openingHoursSchema.safeParse(location.openingHours) : undefined;
  const withWeight = chart.bodyMeasurements.find((measurement) => measurement.weightKg !== null);
  const withHeight = chart.bodyMeasurements.find((measurement) => measurement.heightCm !== null);
  return {
    chart,
    ageYears: ageInYears(chart.dateOfBirth, now.toISOString().slice(0, 10)),
    openingHours: hours?.success ? (hours.data as OpeningHours) : defaultOpeningHours,
    jurisdiction: jurisdictionOf(location?.country ?? 'US'),
    latestWeight: withWeight ? { weightKg: withWeight.weightKg!, heightCm: withHeight?.heightCm ?? null, measuredAt: withWeight.measuredAt } : null,
  };
}
