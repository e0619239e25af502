import dayjs from 'dayjs';
import type { AlertCode, CaseState, ContainerState, TimerState } from './stock-types';

export const containerStateLabels: Record<ContainerState, { label: string; color: string }> = {
  sealed: { label: 'Sealed', color: 'blue' },
  'in-use': { label: 'Open', color: 'violet' },
  empty: { label: 'Empty', color: 'gray' },
  wasted: { label: 'Wasted', color: 'gray' },
  destroyed: { label: 'Destroyed', color: 'gray' },
  returned: { label: 'Returned', color: 'gray' },
  lost: { label: 'Lost', color: 'red' },
};
export const containerStateLabel = (state: string) => containerStateLabels[state as ContainerState] ?? { label: state, color: 'gray' };

export const alertLabels: Record<AlertCode, string> = {
  LOW_STOCK: 'Low stock',
  LOT_EXPIRING: 'Lot expiring',
  LOT_EXPIRED: 'Lot expired',
  COUNT_OVERDUE: 'Count overdue',
  INVENTORY_DUE: 'Inventory due',
  SESSION_UNRECONCILED: 'Session not accounted for',
  CASE_DEADLINE: 'Report deadline',
  PATIENT_SHIPMENT_UNUSED: 'Patient’s shipment unused',
};

export const entryKindLabels: Record<string, string> = {
  receipt: 'Received',
  administration: 'Administered',
  waste: 'Wasted',
  'transfer-out': 'Transferred out',
  'transfer-in': 'Transferred in',
  'return-to-reverse-distributor': 'Returned to reverse distributor',
  destruction: 'Destroyed (Form 41)',
  'theft-loss': 'Theft or loss',
  'count-adjustment': 'Count adjustment',
  correction: 'Correction',
};
export const entryKindLabel = (kind: string) => entryKindLabels[kind] ?? kind;

export const caseStateLabels: Record<CaseState, { label: string; color: string }> = {
  open: { label: 'Open', color: 'orange' },
  investigating: { label: 'Investigating', color: 'yellow' },
  'closed-not-significant': { label: 'Closed: not significant', color: 'gray' },
  reported: { label: 'Reported', color: 'red' },
};
export const caseStateLabel = (state: string) => caseStateLabels[state as CaseState] ?? { label: state, color: 'gray' };

export const timerLabels: Record<TimerState, { label: string; color: string }> = {
  done: { label: 'Done', color: 'green' },
  ok: { label: 'On time', color: 'gray' },
  'due-soon': { label: 'Due soon', color: 'orange' },
  overdue: { label: 'Overdue', color: 'red' },
};
export const timerLabel = (state: string) => timerLabels[state as TimerState] ?? { label: state, color: 'gray' };

/** "Jun 30, 2028" for a date (YYYY-MM-DD) or an instant. */
export const formatDay = (value: string) => dayjs(value).format('MMM D, YYYY');
export const formatWhen = (iso: string) => dayjs(iso).format('MMM D, YYYY h:mm A');
/** "126 mg (12.6 mL)". */
export const formatAmount = (mg: number, ml: number) => `${mg} mg (${ml} mL)`;
