import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.js';

describe('groupBy', () => {
  it('groups by key in the items’ order, optionally keeping one field of each', () => {
    const items = [
      { plan: 'a', sequence: 2 },
      { plan: 'b', sequence: 1 },
      { plan: 'a', sequence: 1 },
    ];
    expect([...groupBy(items, (item) => item.plan)]).toEqual([
      ['a', [items[0], items[2]]],
      ['b', [items[1]]],
    ]);
    expect(groupBy(items, (item) => item.plan, (item) => item.sequence).get('a')).toEqual([2, 1]);
    expect(groupBy([], (item: { plan: string }) => item.plan).size).toBe(0);
  });
});
