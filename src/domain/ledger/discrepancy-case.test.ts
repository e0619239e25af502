import { describe, expect, it } from 'vitest';
import { classify, deadlineStatus, reportTimers, reportingDeadlines, startInvestigation } from './discrepancy-case.js';

describe('reportingDeadlines', () => {
  // Written notice: end of the next business day (21 CFR 1301.76(b)); Form 106: end of day 45 (88 FR 40707).
  it.each<[string, string, string, string[], string, string]>([
    ['Friday, across the weekend and the start of DST', '2026-03-06T20:00:00Z', 'America/New_York', [], '2026-03-10T03:59:59.999Z', '2026-04-21T03:59:59.999Z'],
    ['Saturday → Monday', '2026-03-07T15:00:00Z', 'America/New_York', [], '2026-03-10T03:59:59.999Z', '2026-04-22T03:59:59.999Z'],
    ['Monday → Tuesday', '2026-03-09T13:00:00Z', 'America/New_York', [], '2026-03-11T03:59:59.999Z', '2026-04-24T03:59:59.999Z'],
    ['Wednesday before Thanksgiving, no holidays given', '2026-11-25T19:00:00Z', 'America/New_York', [], '2026-11-27T04:59:59.999Z', '2027-01-10T04:59:59.999Z'],
    ['Wednesday before Thanksgiving and the Friday after', '2026-11-25T19:00:00Z', 'America/New_York', ['2026-11-26', '2026-11-27'], '2026-12-01T04:59:59.999Z', '2027-01-10T04:59:59.999Z'],
    ['Friday before Martin Luther King Day', '2026-01-16T17:00:00Z', 'America/New_York', ['2026-01-19'], '2026-01-21T04:59:59.999Z', '2026-03-03T04:59:59.999Z'],
    ['Thursday before an observed Independence Day', '2026-07-02T16:00:00Z', 'America/New_York', ['2026-07-03'], '2026-07-07T03:59:59.999Z', '2026-08-17T03:59:59.999Z'],
    ['a holiday on the day of discovery changes nothing', '2026-07-03T16:00:00Z', 'America/New_York', ['2026-07-03'], '2026-07-07T03:59:59.999Z', '2026-08-18T03:59:59.999Z'],
    ['Form 106 across the end of DST', '2026-10-01T16:00:00Z', 'America/New_York', [], '2026-10-03T03:59:59.999Z', '2026-11-16T04:59:59.999Z'],
    // One instant, four clinics: Monday evening in America, Tuesday in UTC and New Zealand.
    ['Monday 22:00 in New York', '2026-03-10T02:00:00Z', 'America/New_York', [], '2026-03-11T03:59:59.999Z', '2026-04-24T03:59:59.999Z'],
    ['Monday 19:00 in Los Angeles', '2026-03-10T02:00:00Z', 'America/Los_Angeles', [], '2026-03-11T06:59:59.999Z', '2026-04-24T06:59:59.999Z'],
    ['Tuesday 02:00 in UTC', '2026-03-10T02:00:00Z', 'UTC', [], '2026-03-11T23:59:59.999Z', '2026-04-24T23:59:59.999Z'],
    ['Tuesday 15:00 in Auckland, Form 106 after NZ DST ends', '2026-03-10T02:00:00Z', 'Pacific/Auckland', [], '2026-03-11T10:59:59.999Z', '2026-04-24T11:59:59.999Z'],
    ['Form 106 due the day before NZ DST ends (the offset changes within hours of midnight)', '2026-02-18T01:00:00Z', 'Pacific/Auckland', [], '2026-02-19T10:59:59.999Z', '2026-04-04T10:59:59.999Z'],
    ['Friday 23:59 in New York is still Friday', '2026-03-07T04:59:00Z', 'America/New_York', [], '2026-03-10T03:59:59.999Z', '2026-04-21T03:59:59.999Z'],
  ])('%s', (_name, discoveredAt, timeZone, holidays, writtenNoticeBy, form106By) => {
    expect(reportingDeadlines(new Date(discoveredAt), timeZone, holidays)).toEqual({ writtenNoticeBy: new Date(writtenNoticeBy), form106By: new Date(form106By) });
  });

  it('refuses a holiday that is not a YYYY-MM-DD date', () => {
    expect(() => reportingDeadlines(new Date('2026-03-06T20:00:00Z'), 'America/New_York', ['2026-02-30'])).toThrow(RangeError);
  });
});

describe('deadlineStatus', () => {
  const deadline = new Date('2026-03-10T03:59:59.999Z');
  const at = (ms: number) => new Date(deadline.getTime() + ms);
  it.each([
    ['two days before', at(-48 * 3_600_000), 'ok'],
    ['a millisecond more than 24 h before', at(-24 * 3_600_000 - 1), 'ok'],
    ['exactly 24 h before', at(-24 * 3_600_000), 'due-soon'],
    ['at the deadline', deadline, 'due-soon'],
    ['a millisecond after', at(1), 'overdue'],
  ] as const)('%s → %s', (_name, now, status) => {
    expect(deadlineStatus(deadline, now)).toBe(status);
  });
});

describe('the discrepancy case', () => {
  const facts = { discoveredAt: new Date('2026-03-06T20:00:00Z'), timeZone: 'America/New_York' };
  const deadlines = { writtenNoticeBy: new Date('2026-03-10T03:59:59.999Z'), form106By: new Date('2026-04-21T03:59:59.999Z') };
  const rationale = 'Recount matched the ledger; the first count misread the vial.';

  it('starts an investigation only from open', () => {
    expect(startInvestigation('open')).toEqual({ kind: 'ok', state: 'investigating' });
    expect(startInvestigation('reported')).toMatchObject({ kind: 'rejected', code: 'INVALID_TRANSITION' });
  });

  it('closes as not significant after investigating, with a written rationale', () => {
    expect(classify({ ...facts, state: 'investigating', classification: { kind: 'not-significant', rationale: `  ${rationale} ` } })).toEqual({
      kind: 'closed-not-significant',
      state: 'closed-not-significant',
      rationale,
    });
  });

  it.each([
    ['too short a rationale', 'investigating', 'Miscounted.', 'RATIONALE_TOO_SHORT'],
    ['twenty characters of spaces', 'investigating', ' '.repeat(25), 'RATIONALE_TOO_SHORT'],
    ['not investigated yet', 'open', rationale, 'INVALID_TRANSITION'],
    ['already reported', 'reported', rationale, 'INVALID_TRANSITION'],
  ] as const)('refuses to close: %s', (_name, state, text, code) => {
    expect(classify({ ...facts, state, classification: { kind: 'not-significant', rationale: text } })).toMatchObject({ kind: 'rejected', code });
  });

  it.each([
    ['theft, straight from open', 'open', 'theft'],
    ['significant loss after investigating', 'investigating', 'significant-loss'],
  ] as const)('reports %s and starts the clocks from discovery', (_name, state, cause) => {
    expect(classify({ ...facts, state, classification: { kind: cause } })).toEqual({ kind: 'reported', state: 'reported', cause, deadlines });
  });

  it('does not report a closed case', () => {
    expect(classify({ ...facts, state: 'closed-not-significant', classification: { kind: 'theft' } })).toMatchObject({ kind: 'rejected', code: 'INVALID_TRANSITION' });
  });

  it('keeps a timer per report until it is sent', () => {
    expect(reportTimers({ deadlines, writtenNoticeSentAt: null, form106FiledAt: null, now: new Date('2026-03-09T12:00:00Z') })).toEqual({ writtenNotice: 'due-soon', form106: 'ok' });
    expect(reportTimers({ deadlines, writtenNoticeSentAt: new Date('2026-03-09T13:00:00Z'), form106FiledAt: null, now: new Date('2026-04-22T00:00:00Z') })).toEqual({
      writtenNotice: 'done',
      form106: 'overdue',
    });
  });
});
