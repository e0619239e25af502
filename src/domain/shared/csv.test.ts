import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it.each([
    [['plain', 1, true, null], 'plain,1,true,'],
    [['a,b', 'say "hi"', 'line\nbreak'], '"a,b","say ""hi""","line\nbreak"'],
    [['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'], `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)`],
    [[-2], '-2'], // numbers are data, not formulas
  ] as [(string | number | boolean | null)[], string][])('%j', (row, line) => {
    expect(toCsv(['h'], [row])).toBe(`h\r\n${line}\r\n`);
  });
});
