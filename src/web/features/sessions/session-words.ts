import type { ProtocolRoute } from '../../../domain/protocols/protocol-definition';
import type { SessionState } from '../../../domain/sessions/session-states';
import { routeLabels } from '../treatment-plans/plan-words';

export const stateLabels: Record<SessionState, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'gray' },
  'checked-in': { label: 'Checked in', color: 'blue' },
  ready: { label: 'Ready to dose', color: 'cyan' },
  dosing: { label: 'Dosing', color: 'violet' },
  monitoring: { label: 'Observation', color: 'indigo' },
  'discharge-ready': { label: 'Ready for discharge', color: 'teal' },
  discharged: { label: 'Discharged', color: 'green' },
  stopped: { label: 'Stopped', color: 'red' },
};

export const stateLabel = (state: string) => stateLabels[state as SessionState] ?? { label: state, color: 'gray' };
export const routeLabel = (route: string) => routeLabels[route as ProtocolRoute] ?? route;
export const isEsketamine = (route: string) => route === 'intranasal-esketamine';
/** Routes dosed by weight, where today's weight is asked for. */
export const isWeightBased = (route: string) => route === 'iv' || route === 'im';

/** Event levels: threshold crossings (slow, stop) and adverse-event severities. Stop is red. */
export const levelLabels: Record<string, { label: string; color: string }> = {
  stop: { label: 'Stop', color: 'red' },
  slow: { label: 'Slow', color: 'orange' },
  severe: { label: 'Severe', color: 'red' },
  moderate: { label: 'Moderate', color: 'orange' },
  mild: { label: 'Mild', color: 'yellow' },
};
export const levelLabel = (level: string) => levelLabels[level] ?? { label: level, color: 'gray' };

export const eventKindLabels: Record<string, string> = { threshold: 'Vital sign', observation: 'Observation', 'adverse-event': 'Adverse event' };

/** States in which the patient is on the floor and the chart takes vitals, observations and events. */
export const chartingStates: readonly string[] = ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready'];
export const isFinal = (state: string) => state === 'discharged' || state === 'stopped';
