import { formatIsoDate, parseIsoDate, weekdayOf, weekdays } from './iso-date.js';
import { type OpeningHours, sessionFits } from './opening-hours.js';
import type { Jurisdiction, ProtocolDefinition } from './protocol-definition.js';

/** What the UI should call out on a proposed session (the `note` says it in words). */
export type ProposedSessionFlag = 'moved-past-its-week' | 'outside-induction-window' | 'age-adjusted-dose';

export interface ProposedSession {
  sequence: number;
  date: string;
  /** HH:MM: the opening time of that day. */
  startTime: string;
  phase: 'induction' | 'maintenance';
  dose: { mg: number } | { mgPerKg: number };
  note?: string;
  flags?: ProposedSessionFlag[];
}

export interface ProposeSeriesArgs {
  protocol: ProtocolDefinition;
  /** YYYY-MM-DD; week 1 of the pattern is this day and the six after it. */
  startDate: string;
  openingHours: OpeningHours;
  closedDates?: readonly string[];
  ageYears: number;
  jurisdiction: Jurisdiction;
  /** How many sessions to propose; default: the sessions of the induction pattern, and no maintenance. */
  count?: number;
}

export type SeriesProposalProblem = 'INVALID_DATE' | 'INVALID_COUNT' | 'NO_OPEN_DAY_FITS';

/** Thrown only when no proposal is possible at all; a schedule that merely overruns is flagged instead. */
export class SeriesProposalError extends Error {
  readonly problem: SeriesProposalProblem;
  constructor(problem: SeriesProposalProblem, message: string) {
    super(message);
    this.name = 'SeriesProposalError';
    this.problem = problem;
  }
}

// Labels set the esketamine starting dose differently from age 65 (SPEC.md §2.3).
const olderAdultFromYears = 65;

interface Slot {
  week: number;
  indexInWeek: number;
  sessionsInWeek: number;
  phase: ProposedSession['phase'];
}

function patternSlots(protocol: ProtocolDefinition): Slot[] {
  const pattern = protocol.series.induction.pattern;
  const phases = pattern.kind === 'per-week' ? [{ weeks: pattern.weeks, sessionsPerWeek: pattern.sessionsPerWeek, phase: 'induction' as const }] : pattern.phases;
  const slots: Slot[] = [];
  let week = 0;
  for (const phase of phases) {
    for (let inPhase = 0; inPhase < phase.weeks; inPhase += 1, week += 1) {
      for (let indexInWeek = 0; indexInWeek < phase.sessionsPerWeek; indexInWeek += 1) slots.push({ week, indexInWeek, sessionsInWeek: phase.sessionsPerWeek, phase: phase.phase });
    }
  }
  return slots;
}

function dayNumber(date: string, field: string): number {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new SeriesProposalError('INVALID_DATE', `${field} is not a calendar date in YYYY-MM-DD form`);
  return parsed;
}

interface Doses {
  first: ProposedSession['dose'];
  later: ProposedSession['dose'];
  firstNote?: string;
  laterNote?: string;
}

/** Per-kg protocols propose the starting mg/kg throughout; fixed ones follow the day-1 rules of the label. */
function proposedDoses(protocol: ProtocolDefinition, ageYears: number, jurisdiction: Jurisdiction): Doses {
  const dosing = protocol.dosing;
  if (dosing.mode === 'per-kg') return { first: { mgPerKg: dosing.startMgPerKg }, later: { mgPerKg: dosing.startMgPerKg } };
  const dayOneDoseMg = dosing.dayOneDoseMg ?? dosing.startDoseMg;
  const agedDoseMg = ageYears >= olderAdultFromYears ? dosing.dayOneDoseMgAged65Plus?.[jurisdiction] : undefined;
  if (agedDoseMg === undefined || agedDoseMg === dayOneDoseMg) return { first: { mg: dayOneDoseMg }, later: { mg: dosing.startDoseMg } };
  const firstNote = `Day-1 dose for a patient aged ${olderAdultFromYears} or over under the ${jurisdiction} label: ${agedDoseMg} mg.`;
  if (agedDoseMg >= dosing.startDoseMg) return { first: { mg: agedDoseMg }, later: { mg: dosing.startDoseMg }, firstNote };
  // Conservative by design: an older adult who started lower stays there until the prescriber steps up.
  const steps = dosing.allowedDosesMg ? ` (${dosing.allowedDosesMg.join(', ')} mg)` : '';
  return { first: { mg: agedDoseMg }, later: { mg: agedDoseMg }, firstNote, laterNote: `Kept at the day-1 dose; the prescriber may step up by response and tolerability${steps}.` };
}

/** What to tell staff about a pattern session that landed late: past its week, or past the induction window. */
function lateSessionRemarks(protocol: ProtocolDefinition, slot: Slot, weeksFromStart: number, dayOfCourse: number) {
  const induction = protocol.series.induction;
  const notes: string[] = [];
  const flags: ProposedSessionFlag[] = [];
  if (weeksFromStart > slot.week) {
    flags.push('moved-past-its-week');
    notes.push(`Week ${slot.week + 1} could not hold its ${slot.sessionsInWeek} sessions on open days at least ${induction.minDaysBetweenSessions} days apart; this one moves into week ${weeksFromStart + 1}.`);
  }
  if (dayOfCourse > induction.withinDays) {
    flags.push('outside-induction-window');
    notes.push(`Falls on day ${dayOfCourse}, outside the ${induction.withinDays}-day window of the induction; review with the prescriber.`);
  }
  return { notes, flags };
}

/**
 * Proposed dates for a course of sessions, for staff to confirm. Sessions fall only on open days whose hours
 * hold the whole session (`sessionMinutes`) and never on `closedDates`, at least `minDaysBetweenSessions`
 * apart. Each week of the induction pattern (counted from `startDate`) spreads its sessions evenly (three a
 * week: days 0, 2, 4, so Mon/Wed/Fri from a Monday; two: days 0 and 3). A session that cannot fit moves to
 * the next open day, and the proposal says so in a `note` and `flags` rather than failing: a session
 * outside its week, or an induction that overruns `withinDays` (counted from the first session), is for the
 * clinician to accept or rework. Sessions beyond the pattern are maintenance, proposed at the shortest
 * suggested interval. Throws `SeriesProposalError` only for a bad date or count, or when no weekday can
 * hold a session at all.
 */
export function proposeSeries(args: ProposeSeriesArgs): ProposedSession[] {
  const { protocol, openingHours, ageYears, jurisdiction } = args;
  const induction = protocol.series.induction;
  const slots = patternSlots(protocol);
  const count = args.count ?? slots.length;
  if (!Number.isInteger(count) || count < 1 || count > 200) throw new SeriesProposalError('INVALID_COUNT', 'count must be a whole number from 1 to 200');
  const start = dayNumber(args.startDate, 'startDate');
  const closed = new Set((args.closedDates ?? []).map((date, index) => dayNumber(date, `closedDates[${index}]`)));
  if (!weekdays.some((weekday) => sessionFits(openingHours, weekday, protocol.sessionMinutes)))
    throw new SeriesProposalError('NO_OPEN_DAY_FITS', `No weekday is open long enough for a ${protocol.sessionMinutes}-minute session`);

  const isBookable = (day: number) => !closed.has(day) && sessionFits(openingHours, weekdayOf(day), protocol.sessionMinutes);
  const nextBookable = (from: number) => {
    let day = from;
    while (!isBookable(day)) day += 1; // ends: some weekday fits and closures are finite
    return day;
  };
  const doses = proposedDoses(protocol, ageYears, jurisdiction);
  const sessions: ProposedSession[] = [];
  let previous: number | null = null;
  let first: number | null = null;

  for (let index = 0; index < count; index += 1) {
    const slot = slots[index];
    const [shortestDays, longestDays] = protocol.series.maintenance.suggestedIntervalDays;
    let earliest = slot ? start + slot.week * 7 + Math.floor((slot.indexInWeek * 7) / slot.sessionsInWeek) : previous! + shortestDays;
    if (previous !== null) earliest = Math.max(earliest, previous + induction.minDaysBetweenSessions);
    const day = nextBookable(earliest);
    first ??= day;

    const { notes, flags } = slot ? lateSessionRemarks(protocol, slot, Math.floor((day - start) / 7), day - first + 1) : { notes: [] as string[], flags: [] as ProposedSessionFlag[] };
    if (index === slots.length) notes.push(`${protocol.series.maintenance.note} Proposed at the shortest suggested interval (${shortestDays}–${longestDays} days); book by response.`);
    const doseNote = index === 0 ? doses.firstNote : index === 1 ? doses.laterNote : undefined;
    if (doseNote) notes.unshift(doseNote);
    if (index === 0 && doses.firstNote) flags.unshift('age-adjusted-dose');

    const session: ProposedSession = {
      sequence: index + 1,
      date: formatIsoDate(day),
      startTime: openingHours[weekdayOf(day)]!.opens,
      phase: slot ? slot.phase : 'maintenance',
      dose: index === 0 ? doses.first : doses.later,
    };
    if (notes.length > 0) session.note = notes.join(' ');
    if (flags.length > 0) session.flags = flags;
    sessions.push(session);
    previous = day;
  }
  return sessions;
}
