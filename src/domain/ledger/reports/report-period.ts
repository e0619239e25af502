import { formatIsoDate, parseIsoDate } from '../../protocols/iso-date.js';

/** 21 U.S.C. 827(b), 21 CFR 1304.04(a): at least two years from the date of the record. A state may ask for more. */
export const federalRetentionYears = 2;

/** The configured retention, never below the federal minimum (a missing setting is the minimum). */
export function retentionYearsOf(configured: number | null | undefined): number {
  return Math.max(federalRetentionYears, configured ?? federalRetentionYears);
}

/** `years` calendar years after a `YYYY-MM-DD` date; 29 February moves to 1 March (later, so never too short). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatIsoDate(Date.UTC(year + years, month - 1, day) / 86_400_000);
}

export interface ReportPeriod {
  from: string;
  /** Inclusive. */
  to: string;
  /** The day after `to`: the repository reads [from 00:00, toExclusive 00:00) in each location's time zone. */
  toExclusive: string;
}

export type PeriodCheck = { kind: 'ok'; period: ReportPeriod } | { kind: 'invalid'; field: 'from' | 'to'; message: string };

/**
 * A report period: calendar days `from` to `to`, both inclusive (`from` = `to` is one day). One report spans at
 * most the retention period (to ≤ from + retention years: "2 years and a day" by default), so everything a clinic
 * must keep fits one report and no request renders an unbounded PDF.
 */
export function checkReportPeriod(from: string, to: string, retentionYears: number): PeriodCheck {
  const fromDay = parseIsoDate(from);
  const toDay = parseIsoDate(to);
  if (fromDay === null) return { kind: 'invalid', field: 'from', message: 'A date as YYYY-MM-DD' };
  if (toDay === null) return { kind: 'invalid', field: 'to', message: 'A date as YYYY-MM-DD' };
  if (toDay < fromDay) return { kind: 'invalid', field: 'to', message: 'On or after from' };
  const latest = addYears(from, retentionYears);
  if (to > latest) return { kind: 'invalid', field: 'to', message: `At most ${retentionYears} years after from (${latest}); ask for several reports` };
  return { kind: 'ok', period: { from, to, toExclusive: formatIsoDate(toDay + 1) } };
}
