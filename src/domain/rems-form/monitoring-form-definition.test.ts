import { describe, expect, it } from 'vitest';
import { type RemsFormDefinition, formFields, remsFormDefinitionSchema, remsMonitoringFormDefinition } from './monitoring-form-definition.js';

function issues(definition: unknown): string[] {
  const result = remsFormDefinitionSchema.safeParse(definition);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const copy = (): RemsFormDefinition => structuredClone(remsMonitoringFormDefinition);

describe('the Patient Monitoring Form definition', () => {
  it('is valid and survives a JSON round trip unchanged', () => {
    expect(issues(remsMonitoringFormDefinition)).toEqual([]);
    expect(remsFormDefinitionSchema.parse(JSON.parse(JSON.stringify(remsMonitoringFormDefinition)))).toEqual(remsMonitoringFormDefinition);
  });

  it('requires exactly the starred fields of ANCHORS §4.2 plus the REMS obligations it names', () => {
    const required = formFields(remsMonitoringFormDefinition).filter((field) => field.required);
    expect(required.map((field) => field.id)).toEqual([
      'patientFirstName',
      'patientLastName',
      'patientBirthdate',
      'patientSex',
      'takesBenzodiazepines',
      'takesNonBenzodiazepineSedativeHypnotics',
      'takesPsychostimulants',
      'takesMaois',
      'providerFirstName',
      'providerLastName',
      'providerTelephone',
      'providerEmail',
      'settingName',
      'settingAddress1',
      'settingCity',
      'settingState',
      'settingZip',
      'treatmentDate',
      'doseAdministered',
      'treatmentDurationMinutes',
      'vitalSignsAcceptableBeforeAdministration',
      'vitalSignsAcceptableBeforeEnd',
      'bpBeforeAdministrationSystolicMmHg',
      'bpBeforeAdministrationDiastolicMmHg',
      'bpAfter40MinutesSystolicMmHg',
      'bpAfter40MinutesDiastolicMmHg',
      'bpBeforeEndSystolicMmHg',
      'bpBeforeEndDiastolicMmHg',
    ]);
    // Only the form itself can make a field required; secondary sources cannot.
    expect(required.every((field) => field.confidence === 'verbatim')).toBe(true);
  });

  it('marks what is not read from the form as secondary', () => {
    const secondary = formFields(remsMonitoringFormDefinition).filter((field) => field.confidence === 'secondary');
    expect(secondary.map((field) => field.id)).toEqual([
      'takesOpioids',
      'firstTreatment',
      'enrolledInRems',
      'pulseOximetryMonitored',
      'sedationObserved',
      'dissociationObserved',
      'seriousAdverseEvent',
      'seriousAdverseEventDescription',
      'dischargedAt',
    ]);
  });

  it('rejects duplicate ids, misplaced choices, unknown sources and conditions on later or impossible answers', () => {
    const duplicate = copy();
    duplicate.sections[0]!.fields[1]!.id = 'patientLabel';
    expect(issues(duplicate)).toEqual(['sections.0.fields.1.id: Field patientLabel appears twice']);

    const noChoices = copy();
    delete noChoices.sections[0]!.fields[5]!.choices;
    expect(issues(noChoices)).toEqual(['sections.0.fields.5.choices: A choice field needs its choices']);

    const textWithChoices = copy();
    textWithChoices.sections[0]!.fields[1]!.choices = ['A', 'B'];
    expect(issues(textWithChoices)).toEqual(['sections.0.fields.1.choices: Only a choice field has choices']);

    const unknownSource = copy();
    unknownSource.sections[0]!.fields[1]!.sourceRefs = ['R99'];
    expect(issues(unknownSource)).toEqual(['sections.0.fields.1.sourceRefs.0: R99 is not one of the definition\'s sources']);

    const laterCondition = copy();
    laterCondition.sections[0]!.fields[1]!.appliesWhen = { fieldId: 'patientSex', equals: 'Other' };
    expect(issues(laterCondition)).toEqual(['sections.0.fields.1.appliesWhen.fieldId: patientSex is not an earlier field']);

    const impossibleAnswer = copy();
    impossibleAnswer.sections[1]!.fields[0]!.appliesWhen = { fieldId: 'patientSex', equals: 'Unknown' };
    expect(issues(impossibleAnswer)).toEqual(['sections.1.fields.0.appliesWhen.equals: Not a possible answer of patientSex']);
  });
});
