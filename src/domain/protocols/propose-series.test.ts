import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocols } from './default-protocols.js';
import { formatIsoDate, parseIsoDate, weekdayOf, weekdays } from './iso-date.js';
import { type OpeningHours, defaultOpeningHours, minutesOfDay, openingHoursSchema, sessionFits } from './opening-hours.js';
import { type ProposeSeriesArgs, SeriesProposalError, proposeSeries } from './propose-series.js';

const protocol = (key: string) => defaultProtocols.find((candidate) => candidate.key === key)!;
const iv = protocol('iv-racemic-depression');
const esketamine = protocol('intranasal-esketamine-trd');
const monday = '2026-03-02';
const day = (date: string) => parseIsoDate(date)!;
const base: ProposeSeriesArgs = { protocol: iv, startDate: monday, openingHours: defaultOpeningHours, ageYears: 45, jurisdiction: 'US' };
const onlyOn = (...open: (keyof OpeningHours)[]): OpeningHours =>
  Object.fromEntries(weekdays.map((weekday) => [weekday, open.includes(weekday) ? { opens: '09:00', closes: '17:00' } : null])) as OpeningHours;

describe('openingHoursSchema', () => {
  it('accepts the default week and refuses a day that closes before it opens or a bad time', () => {
    expect(openingHoursSchema.parse(defaultOpeningHours)).toEqual(defaultOpeningHours);
    const result = openingHoursSchema.safeParse({ ...defaultOpeningHours, tue: { opens: '17:00', closes: '08:00' }, wed: { opens: '8:00', closes: '17:00' } });
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'tue.closes: Closes before it opens',
      'wed.opens: A 24-hour time such as 08:00',
    ]);
  });
});

describe('proposeSeries: IV racemic default (3 a week for 2 weeks, 6 within 21 days)', () => {
  it('gives Mon/Wed/Fri for two weeks on a Mon–Fri clinic, at opening time, at the starting mg/kg', () => {
    const sessions = proposeSeries(base);
    expect(sessions.map((session) => session.date)).toEqual(['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-09', '2026-03-11', '2026-03-13']);
    expect(sessions[0]).toEqual({ sequence: 1, date: '2026-03-02', startTime: '08:00', phase: 'induction', dose: { mgPerKg: 0.5 } });
    expect(sessions.every((session) => session.note === undefined && session.phase === 'induction')).toBe(true);
    expect(day(sessions.at(-1)!.date) - day(sessions[0]!.date) + 1).toBeLessThanOrEqual(iv.series.induction.withinDays);
    for (let index = 1; index < sessions.length; index += 1) {
      expect(day(sessions[index]!.date) - day(sessions[index - 1]!.date)).toBeGreaterThanOrEqual(iv.series.induction.minDaysBetweenSessions);
    }
  });

  it('pushes sessions past closed dates, keeps the spacing, and says which moved into the next week', () => {
    const sessions = proposeSeries({ ...base, closedDates: ['2026-03-04'] });
    expect(sessions.map((session) => session.date)).toEqual(['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-11', '2026-03-13', '2026-03-16']);
    expect(sessions.map((session) => session.flags ?? [])).toEqual([[], [], ['moved-past-its-week'], [], [], ['moved-past-its-week']]);
    expect(sessions[2]!.note).toBe('Week 1 could not hold its 3 sessions on open days at least 2 days apart; this one moves into week 2.');
  });

  it('fits a clinic open only on Tuesdays and Thursdays within the 21 days', () => {
    const sessions = proposeSeries({ ...base, openingHours: onlyOn('tue', 'thu') });
    expect(sessions.map((session) => session.date)).toEqual(['2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12', '2026-03-17', '2026-03-19']);
    expect(sessions.map((session) => weekdayOf(day(session.date)))).toEqual(['tue', 'thu', 'tue', 'thu', 'tue', 'thu']);
    expect(sessions.every((session) => session.startTime === '09:00')).toBe(true);
    expect(sessions.some((session) => session.flags?.includes('outside-induction-window'))).toBe(false);
    expect(sessions.filter((session) => session.flags?.includes('moved-past-its-week')).map((session) => session.sequence)).toEqual([3, 5, 6]);
  });

  it('flags, rather than refuses, an induction that cannot fit its window (a Monday-only clinic)', () => {
    const sessions = proposeSeries({ ...base, openingHours: onlyOn('mon') });
    expect(sessions.map((session) => session.date)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(sessions.filter((session) => session.flags?.includes('outside-induction-window')).map((session) => session.sequence)).toEqual([4, 5, 6]);
    expect(sessions[3]!.note).toContain('Falls on day 22, outside the 21-day window of the induction; review with the prescriber.');
  });

  it('skips days too short for the session, and starts from the next open day after a closed start date', () => {
    const hours: OpeningHours = { ...defaultOpeningHours, wed: { opens: '08:00', closes: '09:30' } }; // 90 min < 120 min chair time
    expect(proposeSeries({ ...base, openingHours: hours }).map((session) => weekdayOf(day(session.date)))).not.toContain('wed');
    const fromSaturday = proposeSeries({ ...base, startDate: '2026-03-07' });
    expect(fromSaturday[0]!.date).toBe('2026-03-09');
  });
});

describe('proposeSeries: intranasal esketamine (label schedule)', () => {
  const weekOf = (date: string) => Math.floor((day(date) - day(monday)) / 7) + 1;

  it('books 8 sessions twice weekly in weeks 1–4 and 4 weekly in weeks 5–8, labelled as the label phases them', () => {
    const sessions = proposeSeries({ ...base, protocol: esketamine });
    expect(sessions).toHaveLength(12);
    expect(sessions.map((session) => weekOf(session.date))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8]);
    expect(sessions.map((session) => session.phase)).toEqual([...Array<string>(8).fill('induction'), ...Array<string>(4).fill('maintenance')]);
    expect(sessions.slice(0, 2).map((session) => weekdayOf(day(session.date)))).toEqual(['mon', 'thu']);
    expect(sessions.map((session) => session.dose)).toEqual(Array(12).fill({ mg: 56 }));
  });

  it('proposes further sessions at the shortest maintenance interval, with the maintenance note', () => {
    const sessions = proposeSeries({ ...base, protocol: esketamine, count: 14 });
    expect(sessions.slice(11).map((session) => session.date)).toEqual(['2026-04-20', '2026-04-27', '2026-05-04']);
    expect(sessions[12]!.phase).toBe('maintenance');
    expect(sessions[12]!.note).toMatch(/^From week 9: .* Proposed at the shortest suggested interval \(7–14 days\); book by response\.$/);
    expect(sessions[13]!.note).toBeUndefined();
    expect(proposeSeries({ ...base, count: 2 })).toHaveLength(2);
  });

  it('gives the day-1 dose by age and jurisdiction: aged 65+ is 56 mg in the US and 28 mg in the EU and UK', () => {
    const doses = (ageYears: number, jurisdiction: ProposeSeriesArgs['jurisdiction']) =>
      proposeSeries({ ...base, protocol: esketamine, ageYears, jurisdiction }).slice(0, 3);
    expect(doses(70, 'US').map((session) => [session.dose, session.flags])).toEqual([[{ mg: 56 }, undefined], [{ mg: 56 }, undefined], [{ mg: 56 }, undefined]]);
    const eu = doses(70, 'EU');
    expect(eu.map((session) => session.dose)).toEqual([{ mg: 28 }, { mg: 28 }, { mg: 28 }]);
    expect(eu[0]!.flags).toEqual(['age-adjusted-dose']);
    expect(eu[0]!.note).toBe('Day-1 dose for a patient aged 65 or over under the EU label: 28 mg.');
    expect(eu[1]!.note).toBe('Kept at the day-1 dose; the prescriber may step up by response and tolerability (28, 56, 84 mg).');
    expect(doses(65, 'UK')[0]!.dose).toEqual({ mg: 28 });
    expect(doses(64, 'UK')[0]!.dose).toEqual({ mg: 56 });
  });
});

describe('proposeSeries: errors', () => {
  it('throws only when nothing can be proposed, with a stable problem', () => {
    const problem = (args: ProposeSeriesArgs) => {
      try {
        proposeSeries(args);
        return 'none';
      } catch (error) {
        return error instanceof SeriesProposalError ? error.problem : 'other';
      }
    };
    expect(problem({ ...base, openingHours: { ...onlyOn(), mon: { opens: '09:00', closes: '10:00' } } })).toBe('NO_OPEN_DAY_FITS');
    expect(problem({ ...base, startDate: '2026-02-30' })).toBe('INVALID_DATE');
    expect(problem({ ...base, closedDates: ['next tuesday'] })).toBe('INVALID_DATE');
    expect(problem({ ...base, count: 0 })).toBe('INVALID_COUNT');
  });
});

describe('proposeSeries: properties for any clinic week, closures and protocol', () => {
  const hoursArbitrary = fc.option(
    fc.record({ opensMinute: fc.integer({ min: 6 * 60, max: 12 * 60 }), lengthMinutes: fc.integer({ min: 30, max: 11 * 60 }) }),
    { nil: null },
  );
  const toTime = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

  it('never books a closed date or a day too short, keeps the spacing and order, and always reports the week it could not keep', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...defaultProtocols),
        fc.array(hoursArbitrary, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 365 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (chosen, week, startOffset, closedOffsets, count) => {
          const openingHours = Object.fromEntries(
            weekdays.map((weekday, index) => {
              const hours = week[index];
              return [weekday, hours ? { opens: toTime(hours.opensMinute), closes: toTime(hours.opensMinute + hours.lengthMinutes) } : null];
            }),
          ) as OpeningHours;
          const start = day('2026-01-05') + startOffset;
          const closedDates = closedOffsets.map((offset) => formatIsoDate(start + offset));
          const args: ProposeSeriesArgs = { protocol: chosen, startDate: formatIsoDate(start), openingHours, closedDates, ageYears: 50, jurisdiction: 'UK', count };
          if (!weekdays.some((weekday) => sessionFits(openingHours, weekday, chosen.sessionMinutes))) {
            expect(() => proposeSeries(args)).toThrow(SeriesProposalError);
            return;
          }
          const sessions = proposeSeries(args);
          expect(sessions).toHaveLength(count);
          sessions.forEach((session, index) => {
            const hours = openingHours[weekdayOf(day(session.date))]!;
            expect(closedDates).not.toContain(session.date);
            expect(minutesOfDay(hours.closes) - minutesOfDay(hours.opens)).toBeGreaterThanOrEqual(chosen.sessionMinutes);
            expect(session.startTime).toBe(hours.opens);
            if (index > 0) expect(day(session.date) - day(sessions[index - 1]!.date)).toBeGreaterThanOrEqual(chosen.series.induction.minDaysBetweenSessions);
          });
          const late = sessions.filter((session) => session.flags?.includes('outside-induction-window'));
          const lastInduction = sessions.slice(0, chosen.series.induction.sessions).at(-1)!;
          const span = day(lastInduction.date) - day(sessions[0]!.date) + 1;
          expect(late.length > 0).toBe(span > chosen.series.induction.withinDays);
        },
      ),
      { numRuns: 300 },
    );
  });
});
