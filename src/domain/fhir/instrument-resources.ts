import type { Observation, Patient, Questionnaire, QuestionnaireItem, QuestionnaireResponse, Reference } from '@medplum/fhirtypes';
import type { InstrumentDefinition, InstrumentItem, ScoreResult } from '../instruments/instrument.js';
import { part2SecurityLabels } from './security-labels.js';

/** Where Ketaclinic's own codes live, for the instruments and answers that have no LOINC code (SPEC.md §5). */
export const localCodeSystems = {
  questionnaire: 'https://ketaclinic.org/fhir/Questionnaire',
  answer: 'https://ketaclinic.org/fhir/CodeSystem/instrument-answer',
  score: 'https://ketaclinic.org/fhir/CodeSystem/instrument-score',
} as const;
const loincSystem = 'http://loinc.org';

// Long numeric scales (a 0–100 visual analogue scale, a 0–10 mood rating) are integers, not 101 choices.
const isNumericScale = (item: InstrumentItem) => item.allowedValues.length > 11;

const questionnaireUrl = (definition: InstrumentDefinition) => `${localCodeSystems.questionnaire}/${definition.id}`;

/** The instrument as a FHIR R4 Questionnaire; licensed text stays out exactly as in the app (item labels only). */
export function toQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const items: QuestionnaireItem[] = definition.items.map((item) => ({
    linkId: item.key,
    text: item.label,
    type: isNumericScale(item) ? 'integer' : 'choice',
    // Items behind a skip rule are required only when asked; FHIR enableWhen cannot express every rule, so they are optional here.
    required: !item.optional && !item.askedWhen,
    ...(isNumericScale(item)
      ? {}
      : {
          answerOption: item.allowedValues.map((value) => ({
            valueCoding: { system: localCodeSystems.answer, code: String(value), display: item.valueLabels?.[value] ?? String(value) },
          })),
        }),
  }));
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: questionnaireUrl(definition),
    version: definition.version,
    name: definition.id.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase()),
    title: definition.name,
    status: 'active',
    ...(definition.loinc?.panel ? { code: [{ system: loincSystem, code: definition.loinc.panel }] } : {}),
    copyright: definition.licence.note,
    item: items,
  };
}

export interface AssessmentForFhir {
  id: string;
  patientId: string;
  completedAt: string;
  answers: Readonly<Record<string, number>>;
  result: ScoreResult;
  confidentiality: 'normal' | 'part2';
}

const meta = (assessment: AssessmentForFhir) => (assessment.confidentiality === 'part2' ? { meta: { security: part2SecurityLabels } } : {});

export function toQuestionnaireResponse(definition: InstrumentDefinition, assessment: AssessmentForFhir): QuestionnaireResponse {
  const byKey = new Map(definition.items.map((item) => [item.key, item]));
  return {
    resourceType: 'QuestionnaireResponse',
    id: assessment.id,
    ...meta(assessment),
    questionnaire: `${questionnaireUrl(definition)}|${assessment.result.version}`,
    status: 'completed',
    subject: { reference: `Patient/${assessment.patientId}` },
    authored: assessment.completedAt,
    item: Object.entries(assessment.answers).map(([key, value]) => {
      const item = byKey.get(key);
      const answer =
        item && isNumericScale(item)
          ? { valueInteger: value }
          : { valueCoding: { system: localCodeSystems.answer, code: String(value), display: item?.valueLabels?.[value] ?? String(value) } };
      return { linkId: key, ...(item ? { text: item.label } : {}), answer: [answer] };
    }),
  };
}

// C-SSRS derived risk (SPEC.md §1.4): LOINC 93374-7 with LL465-6 answers; no Observation for "none".
const cssrsRiskAnswers: Record<string, string> = { low: 'LA9194-7', moderate: 'LA6751-7', high: 'LA9193-9' };

/** The total (and the C-SSRS risk level) as survey Observations derived from the QuestionnaireResponse. */
export function toObservations(definition: InstrumentDefinition, assessment: AssessmentForFhir): Observation[] {
  const subject: Reference<Patient> = { reference: `Patient/${assessment.patientId}` };
  const common = {
    resourceType: 'Observation' as const,
    ...meta(assessment),
    status: 'final' as const,
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
    subject,
    effectiveDateTime: assessment.completedAt,
    derivedFrom: [{ reference: `QuestionnaireResponse/${assessment.id}` }],
  };
  const observations: Observation[] = [];
  if (assessment.result.total !== null) {
    const code = definition.loinc?.total
      ? { system: loincSystem, code: definition.loinc.total, display: `${definition.name} total score` }
      : { system: localCodeSystems.score, code: `${definition.id}-total`, display: `${definition.name} total score` };
    observations.push({
      ...common,
      id: `${assessment.id}-total`,
      code: { coding: [code], text: `${definition.name} total` },
      valueInteger: assessment.result.total,
      ...(assessment.result.band ? { interpretation: [{ text: assessment.result.band }] } : {}),
    });
  }
  const riskLevel = assessment.result.findings.riskLevel;
  if (definition.id === 'cssrs-screener' && typeof riskLevel === 'string' && cssrsRiskAnswers[riskLevel]) {
    observations.push({
      ...common,
      id: `${assessment.id}-risk`,
      code: { coding: [{ system: loincSystem, code: '93374-7', display: 'Suicide risk level' }] },
      valueCodeableConcept: { coding: [{ system: loincSystem, code: cssrsRiskAnswers[riskLevel]!, display: riskLevel }] },
    });
  }
  return observations;
}
