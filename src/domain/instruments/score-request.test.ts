import { describe, expect, it } from 'vitest';
import { scoreBatch, scoreRequest } from './score-request.js';

const gad7Answers = { '1': 3, '2': 3, '3': 2, '4': 1, '5': 1, '6': 0, '7': 0 };

describe('scoreRequest', () => {
  it('scores a known instrument', () => {
    expect(scoreRequest('gad7', gad7Answers)).toMatchObject({ kind: 'scored', result: { total: 10, band: 'moderate' } });
  });

  it.each([
    ['nope', gad7Answers, {}, /^unknown instrument "nope"; instruments are .*gad7/],
    ['gad7', [1, 2], {}, /^gad7: answers must be an object/],
    ['gad7', gad7Answers, { sex: 'other' }, /^gad7: context.sex must be "female" or "male"$/],
    ['gad7', { ...gad7Answers, '4': 9, '9': 1 }, {}, /^gad7: unknown item "9".*; gad7: item "4" must be one of 0–3, not 9$/],
  ])('refuses %j in one line naming the problem', (id, answers, context, message) => {
    const outcome = scoreRequest(id, answers, context);
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toMatch(message);
    expect(outcome.kind === 'error' && outcome.message.includes('\n')).toBe(false);
  });
});

describe('scoreBatch', () => {
  it('answers line by line, in order, scoring the good lines around the bad ones', () => {
    const out = scoreBatch([
      JSON.stringify({ instrument: 'gad7', answers: gad7Answers }),
      'not json',
      JSON.stringify({ instrument: 'gad7', answers: { ...gad7Answers, '1': 7 } }),
      JSON.stringify({ instrument: 'gad7', answers: { ...gad7Answers, '1': 0 } }),
    ]).map((line) => JSON.parse(line));
    expect(out).toEqual([
      expect.objectContaining({ instrument: 'gad7', total: 10 }),
      { error: 'line 2: not a JSON object' },
      { error: 'gad7: item "1" must be one of 0–3, not 7' },
      expect.objectContaining({ total: 7, band: 'mild' }),
    ]);
  });
});
