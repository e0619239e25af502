import dayjs from 'dayjs';
import type { EvidenceBasis, FactConfidence, ProtocolRoute } from '../../../domain/protocols/protocol-definition';
import type { PlanPhase, PlanStatus, SessionDose, StartingDose } from './plan-types';

export const routeLabels: Record<ProtocolRoute, string> = {
  iv: 'IV infusion',
  im: 'IM injection',
  'intranasal-esketamine': 'Esketamine nasal spray',
  oral: 'By mouth',
  sublingual: 'Under the tongue',
};

export const evidenceLabels: Record<EvidenceBasis, { label: string; explanation: string }> = {
  label: { label: 'Regulator’s label', explanation: 'The regimen approved in the drug’s label.' },
  research: { label: 'Published research', explanation: 'The regimen of published trials and cohorts; off-label use.' },
  practice: { label: 'Clinic practice', explanation: 'Common practice without a trial behind this exact regimen.' },
  experimental: { label: 'Experimental', explanation: 'The literature itself calls this route experimental.' },
};

/** Why a value is marked "not from a confirmed source", in plain words. */
export const confidenceWords: Record<FactConfidence, string> = {
  confirmed: 'Confirmed by a source.',
  'confirmed-multiple': 'Confirmed by more than one source.',
  secondary: 'From a secondary source only.',
  memory: 'From common practice, not checked against a source.',
  design: 'Ketaclinic’s own choice: no source gives this value.',
  'clinic-setting': 'A clinic setting: check it matches your clinic.',
};

export const statusLabels: Record<PlanStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  active: { label: 'Active', color: 'green' },
  completed: { label: 'Completed', color: 'blue' },
  stopped: { label: 'Stopped', color: 'red' },
};

export const phaseLabels: Record<PlanPhase, string> = { induction: 'Induction', maintenance: 'Maintenance' };

export const formatDose = (dose: SessionDose | StartingDose) => ('mgPerKg' in dose ? `${dose.mgPerKg} mg/kg` : `${dose.mg} mg`);

/** "Mon, Mar 3, 2025": the weekday helps when booking, the month in words avoids 03/04 confusion. */
export const formatDay = (isoDate: string) => dayjs(isoDate).format('ddd, MMM D, YYYY');
export const formatMoment = (iso: string) => dayjs(iso).format('MMM D, YYYY h:mm A');

/** "7 and 14" / "7, 14 and 21" */
export function listWords(values: readonly (string | number)[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}
