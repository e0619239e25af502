import { describe, expect, it } from 'vitest';
import { formatGenerateReport, parseGenerateArgs } from './generate.js';

describe('ketaclinic generate options', () => {
  it('accepts a scale and a whole-number seed', () => {
    expect(parseGenerateArgs({ scale: 'network', seed: '42' })).toEqual({ kind: 'ok', args: { scale: 'network', seed: 42 } });
  });

  it('names the bad option', () => {
    expect(parseGenerateArgs({ scale: 'huge', seed: '1' })).toEqual({ kind: 'invalid', message: '--scale must be one of small, network' });
    expect(parseGenerateArgs({ scale: 'small', seed: '1.5' })).toEqual({ kind: 'invalid', message: '--seed must be a whole number from 0 to 2147483647' });
    expect(parseGenerateArgs({ scale: 'small', seed: '-1' })).toEqual({ kind: 'invalid', message: '--seed must be a whole number from 0 to 2147483647' });
  });

  it('prints rows and milliseconds per table, the total leaving out temporary tables', () => {
    const text = formatGenerateReport({
      organisationId: '00000000-0000-0000-0000-000000000000',
      slug: 'synthetic-small-1',
      tables: [
        { table: 'patient', rows: 500, milliseconds: 88 },
        { table: 'synthetic_course (temporary)', rows: 500, milliseconds: 9 },
        { table: 'assessment', rows: 3058, milliseconds: 941 },
      ],
      totalMilliseconds: 1100,
    });
    expect(text).toBe(
      [
        'Wrote the synthetic organisation synthetic-small-1:',
        '  patient                              500 rows        88 ms',
        '  synthetic_course (temporary)         500 rows         9 ms',
        '  assessment                          3058 rows       941 ms',
        '  total                               3558 rows      1100 ms',
        '',
      ].join('\n'),
    );
  });
});
