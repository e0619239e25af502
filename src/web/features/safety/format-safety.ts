import dayjs from 'dayjs';
import type { SafetyTaskListResponse } from '../../../server/routes/safety/safety.schemas';

export type SafetyTask = SafetyTaskListResponse['tasks'][number];
export type SafetySeverity = SafetyTask['severity'];

/** "Jan 10, 2025 14:05" in the browser's time zone: month in words, 24-hour clock. */
export const formatLocalDateTime = (iso: string) => dayjs(iso).format('MMM D, YYYY HH:mm');

export const severityColors: Record<SafetySeverity, string> = { high: 'red', moderate: 'orange', low: 'yellow' };

export const dispositionLabels = {
  'continue-treatment': 'Continue treatment',
  'same-day-evaluation': 'Same-day evaluation',
  'emergency-referral': 'Emergency referral',
  'hospital-admission': 'Hospital admission',
  other: 'Other',
} as const;
export type Disposition = keyof typeof dispositionLabels;
