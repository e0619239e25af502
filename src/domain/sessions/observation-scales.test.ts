import { describe, expect, it } from 'vitest';
import { dissociationLevels, moaasLevels, observationConcern, observationKinds, observationLabel, observationSchema, type ObservationConcern, type ObservationKind } from './observation-scales.js';

describe('the scales', () => {
  it('are the two kinds', () => {
    expect(observationKinds).toEqual(['dissociation-0-4', 'moaas']);
  });

  it('label dissociation 0–4 from none to severe (our design)', () => {
    expect(dissociationLevels.map((level) => [level.value, level.label])).toEqual([
      [0, 'None'],
      [1, 'Mild'],
      [2, 'Moderate'],
      [3, 'Marked'],
      [4, 'Severe'],
    ]);
  });

  it('label MOAA/S 5–0 as Chernik 1990', () => {
    expect(moaasLevels.map((level) => level.value)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(observationLabel('moaas', 5)).toBe('Responds readily to name spoken in normal tone');
    expect(observationLabel('moaas', 0)).toBe('No response to painful stimulus');
    expect(observationLabel('moaas', 6)).toBeNull();
  });
});

describe('observationConcern', () => {
  it.each<[ObservationKind, number, ObservationConcern]>([
    ['moaas', 5, 'none'],
    ['moaas', 4, 'none'],
    ['moaas', 3, 'slow'], // [M]
    ['moaas', 2, 'slow'], // [M]
    ['moaas', 1, 'stop'], // SPEC §2.6
    ['moaas', 0, 'stop'],
    ['dissociation-0-4', 0, 'none'],
    ['dissociation-0-4', 1, 'none'],
    ['dissociation-0-4', 2, 'none'],
    ['dissociation-0-4', 3, 'none'],
    ['dissociation-0-4', 4, 'slow'], // [M]
  ])('%s %i → %s', (kind, value, concern) => {
    expect(observationConcern(kind, value)).toBe(concern);
  });

  it.each<[ObservationKind, number]>([
    ['moaas', 6],
    ['moaas', -1],
    ['moaas', 2.5],
    ['dissociation-0-4', 5],
  ])('refuses %s %s, which is not on the scale', (kind, value) => {
    expect(() => observationConcern(kind, value)).toThrow(RangeError);
  });
});

describe('observationSchema', () => {
  it.each<[unknown, boolean]>([
    [{ kind: 'moaas', value: 0 }, true],
    [{ kind: 'moaas', value: 5 }, true],
    [{ kind: 'moaas', value: 6 }, false],
    [{ kind: 'dissociation-0-4', value: 4 }, true],
    [{ kind: 'dissociation-0-4', value: 5 }, false],
    [{ kind: 'dissociation-0-4', value: 1.5 }, false],
    [{ kind: 'rass', value: 0 }, false],
  ])('%j → %s', (input, ok) => {
    expect(observationSchema.safeParse(input).success).toBe(ok);
  });
});
