import { describe, expect, it } from 'vitest';
import { checkItemTextFile } from './item-text-file.js';

const madrsItems = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [String(index + 1), `Licensed text ${index + 1}`]));

describe('checkItemTextFile', () => {
  it('accepts text for every item', () => {
    expect(checkItemTextFile({ instrument: 'madrs', items: madrsItems })).toEqual({ kind: 'valid', instrumentId: 'madrs', items: madrsItems });
  });

  it.each([
    [{ instrument: 'madrs', items: { ...madrsItems, '11': 'extra' } }, ['items.11: madrs has no item "11"']],
    [{ instrument: 'madrs', items: { '1': 'only one' } }, expect.arrayContaining(['items.2: missing; every item of madrs needs its text'])],
    [{ instrument: 'hamd', items: {} }, ['instrument: unknown instrument "hamd"']],
    [{ items: {} }, [expect.stringMatching(/^instrument: /)]],
  ])('refuses %j', (content, problems) => {
    expect(checkItemTextFile(content)).toEqual({ kind: 'invalid', problems });
  });
});
