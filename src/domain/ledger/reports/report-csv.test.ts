import { describe, expect, it } from 'vitest';
import { toCsv } from './report-csv.js';
import type { ControlledSubstanceReport } from './report-types.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, keeps the meta block on single lines, and defuses formulas but not negative numbers', () => {
    const report: ControlledSubstanceReport = {
      kind: 'ledger',
      title: 'T',
      columns: [
        { key: 'a', header: 'A, "first"' },
        { key: 'n', header: 'N', numeric: true },
      ],
      rows: [
        { a: 'x,y', n: '-0.2' },
        { a: '=HYPERLINK("http://example.test")', n: '3' },
        { a: 'line\nbreak', n: '' },
      ],
      emptyText: '',
      meta: { generatedAt: 'g', period: null, registrants: [{ locationName: 'Loc\nName', address: null, deaNumber: null }], retainUntil: '2028-01-01', retentionYears: 2, timeZone: 'UTC', details: [] },
    };
    const csv = toCsv(report);
    expect(csv.split('\r\n').slice(0, 8)).toEqual(['Report,T', 'Registrant,"Loc Name, DEA none on file"', 'Period,not applicable', 'Time zone,UTC', 'Generated at,g', 'Retain until,2028-01-01 (2 years)', 'Details,', '']);
    expect(csv.split('\r\n').slice(8).join('\r\n')).toBe(`"A, ""first""",N\r\n"x,y",-0.2\r\n"'=HYPERLINK(""http://example.test"")",3\r\n"line\nbreak",\r\n`);
  });
});
