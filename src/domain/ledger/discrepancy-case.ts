import { calendarDateIn } from '../sessions/calendar-day.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from '../protocols/iso-date.js';

/**
 * A count or reconciliation that does not add up opens a case: open → investigating → closed-not-significant
 * (with a written rationale) or reported (theft, or a significant loss: 21 CFR 1301.76(b)). Any theft is
 * reportable whatever the amount; a loss is reportable when significant (SPEC §3.5).
 */
export const discrepancyCaseStates = ['open', 'investigating', 'closed-not-significant', 'reported'] as const;
export type DiscrepancyCaseState = (typeof discrepancyCaseStates)[number];

/** Our choice: long enough that "miscounted" alone does not close a case. */
export const minimumRationaleChars = 20;

export type DiscrepancyClassification = { kind: 'not-significant'; rationale: string } | { kind: 'theft' } | { kind: 'significant-loss' };

export interface ReportingDeadlines {
  /** Written notice to the DEA Field Division Office (21 CFR 1301.76(b)). */
  writtenNoticeBy: Date;
  /** DEA Form 106, filed electronically (21 CFR 1301.76(b) as amended by 88 FR 40707, from 24 July 2023). */
  form106By: Date;
}

export type CaseRejection = { kind: 'rejected'; code: 'INVALID_TRANSITION' | 'RATIONALE_TOO_SHORT'; message: string };

export function startInvestigation(state: DiscrepancyCaseState): { kind: 'ok'; state: 'investigating' } | CaseRejection {
  if (state !== 'open') return { kind: 'rejected', code: 'INVALID_TRANSITION', message: `A ${state} case cannot start an investigation` };
  return { kind: 'ok', state: 'investigating' };
}

/**
 * Closes a case as not significant (only after investigating, with a rationale), or marks it for reporting,
 * which may happen straight from open: a theft need not wait for the investigation, since the one-business-day
 * clock runs from discovery, not from classification.
 */
export function classify(args: {
  state: DiscrepancyCaseState;
  classification: DiscrepancyClassification;
  discoveredAt: Date;
  timeZone: string;
  holidays?: readonly string[];
}):
  | { kind: 'closed-not-significant'; state: 'closed-not-significant'; rationale: string }
  | { kind: 'reported'; state: 'reported'; cause: 'theft' | 'significant-loss'; deadlines: ReportingDeadlines }
  | CaseRejection {
  const { state, classification } = args;
  if (classification.kind === 'not-significant') {
    if (state !== 'investigating') return { kind: 'rejected', code: 'INVALID_TRANSITION', message: `Only a case under investigation can be closed as not significant (this one is ${state})` };
    const rationale = classification.rationale.trim();
    if (rationale.length < minimumRationaleChars) {
      return { kind: 'rejected', code: 'RATIONALE_TOO_SHORT', message: `Write at least ${minimumRationaleChars} characters on why the loss is not significant` };
    }
    return { kind: 'closed-not-significant', state: 'closed-not-significant', rationale };
  }
  if (state !== 'open' && state !== 'investigating') return { kind: 'rejected', code: 'INVALID_TRANSITION', message: `A ${state} case cannot be reported again` };
  return { kind: 'reported', state: 'reported', cause: classification.kind, deadlines: reportingDeadlines(args.discoveredAt, args.timeZone, args.holidays) };
}

// 21 CFR 1301.76(b) as amended by 88 FR 40707: Form 106 within 45 calendar days of discovery.
export const form106CalendarDays = 45;

/**
 * The two clocks of a theft or significant loss, in the location's time zone. Written notice: by the end of
 * the next business day after the day of discovery ("within one business day of discovery", 1301.76(b));
 * business days skip Saturdays, Sundays and `holidays` (YYYY-MM-DD, the location's calendar). Form 106: by
 * the end of the 45th calendar day after discovery, weekend or not (electronic filing). End of day is
 * 23:59:59.999 local time.
 */
export function reportingDeadlines(discoveredAt: Date, timeZone: string, holidays: readonly string[] = []): ReportingDeadlines {
  const closed = new Set(
    holidays.map((holiday) => {
      const day = parseIsoDate(holiday);
      if (day === null) throw new RangeError(`Not a YYYY-MM-DD holiday: ${holiday}`);
      return day;
    }),
  );
  const discoveryDay = parseIsoDate(calendarDateIn(discoveredAt, timeZone))!;
  let noticeDay = discoveryDay + 1;
  while (['sat', 'sun'].includes(weekdayOf(noticeDay)) || closed.has(noticeDay)) noticeDay += 1;
  return {
    writtenNoticeBy: endOfLocalDay(formatIsoDate(noticeDay), timeZone),
    form106By: endOfLocalDay(formatIsoDate(discoveryDay + form106CalendarDays), timeZone),
  };
}

/** Due soon within 24 hours (our choice); at the deadline itself still due, after it overdue. */
export const dueSoonMs = 24 * 60 * 60 * 1000;

export function deadlineStatus(deadline: Date, now: Date): 'ok' | 'due-soon' | 'overdue' {
  const left = deadline.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= dueSoonMs ? 'due-soon' : 'ok';
}

/** Where each report of a reported case stands: done once sent, else by its deadline. */
export function reportTimers(args: { deadlines: ReportingDeadlines; writtenNoticeSentAt: Date | null; form106FiledAt: Date | null; now: Date }): {
  writtenNotice: 'done' | 'ok' | 'due-soon' | 'overdue';
  form106: 'done' | 'ok' | 'due-soon' | 'overdue';
} {
  const { deadlines, now } = args;
  return {
    writtenNotice: args.writtenNoticeSentAt ? 'done' : deadlineStatus(deadlines.writtenNoticeBy, now),
    form106: args.form106FiledAt ? 'done' : deadlineStatus(deadlines.form106By, now),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(wholeSecond));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - wholeSecond;
}

/** The instant of 23:59:59.999 on a local date; two passes settle the offset across a DST change. */
function endOfLocalDay(date: string, timeZone: string): Date {
  const wallMs = parseIsoDate(date)! * 86_400_000 + 86_400_000 - 1;
  const firstGuess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return new Date(wallMs - zoneOffsetMs(firstGuess, timeZone));
}
