import { z } from 'zod';

/**
 * The SPRAVATO® REMS Patient Monitoring Form (PMF) as data, so a new form version is a new definition, not new
 * code (ANCHORS.md §4.2, "Design implication").
 *
 * Where the fields come from (ANCHORS.md §4.2; reference keys as in ANCHORS.md §7):
 * - `verbatim`: the 11/2021 outpatient form text [R5][R5b], read verbatim up to the blood-pressure rows. `required`
 *   follows the form's asterisks where ANCHORS records one.
 * - `secondary`: later form versions as described by secondary sources, not read verbatim: the J&J video
 *   transcript [R12], Osmind's mapping [O1] and Lucido's summary [L1]. All optional here, because nobody has
 *   confirmed that the current form asks them or requires them.
 *
 * Unconfirmed, to check against the current PDF from SPRAVATOrems.com before relying on this definition:
 * - The archived 2021 copy stops at "Did the patient experience Sedati…"; the questions after it are unknown.
 * - ANCHORS records no asterisk for the treatment-session rows after dose and lot (duration, the evaluation
 *   question, vital signs acceptable, blood pressures). We mark duration, vital signs acceptable and the three
 *   blood pressures required anyway, because ANCHORS §4.1 makes them REMS obligations (monitor ≥ 2 hours; blood
 *   pressure before and 40 minutes after dosing; vital signs stable before leaving); the evaluation question is
 *   a survey question, so it stays optional. Each such field says so in `note`.
 * - The form's answer for a dose of "Other" may have a place for the amount; ANCHORS lists none, so neither do we.
 * - Items ANCHORS lists only as "inferred, needs verification" (whether sedation, dissociation and respiratory
 *   depression resolved, SpO₂ desaturation, hospitalisation or ED transfer) are left out on purpose.
 * - No signature: ANCHORS lists none on the PMF, so the `signature` kind is unused by this version.
 */

export const formFieldKinds = ['text', 'date', 'datetime', 'number', 'boolean', 'choice', 'signature'] as const;
export type FormFieldKind = (typeof formFieldKinds)[number];

/**
 * Which chart a value is taken from. The 2021 form asks for the provider who *conducted the monitoring*, not the
 * prescriber, so there is `monitoring-provider` and no `prescriber`.
 */
export const formFieldSources = ['patient', 'session', 'setting', 'monitoring-provider'] as const;
export type FormFieldSource = (typeof formFieldSources)[number];

/** `verbatim`: read from the form itself; `secondary`: described by a secondary source (see above). */
export const formFieldConfidences = ['verbatim', 'secondary'] as const;
export type FormFieldConfidence = (typeof formFieldConfidences)[number];

const id = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'Use camelCase letters and digits').max(63);
const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

const fieldSchema = z
  .object({
    id,
    label: text(200),
    kind: z.enum(formFieldKinds),
    required: z.boolean(),
    choices: z.array(text(60)).min(2).max(20).optional(),
    source: z.enum(formFieldSources).optional(),
    confidence: z.enum(formFieldConfidences),
    /** Keys of the definition's `sources` ("R5", "R12"). */
    sourceRefs: z.array(text(20)).min(1).max(5),
    /** The field is asked only when an earlier field has this answer (R12: "if yes, enrolled in the REMS?"). */
    appliesWhen: z.object({ fieldId: id, equals: z.union([z.boolean(), text(60)]) }).optional(),
    /** What is unconfirmed or chosen by us about this field. */
    note: text(400).optional(),
  })
  .strict();
export type FormFieldDefinition = z.infer<typeof fieldSchema>;

const sectionSchema = z
  .object({
    id,
    title: text(120),
    note: text(400).optional(),
    fields: z.array(fieldSchema).min(1).max(60),
  })
  .strict();
export type FormSectionDefinition = z.infer<typeof sectionSchema>;

const definitionObjectSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens').max(63),
    title: text(200),
    /** Which published form this follows, and our revision of the mapping. */
    version: text(60),
    basis: text(600),
    instructions: z.array(text(400)).max(10),
    sources: z.array(z.object({ ref: text(20), citation: text(400) }).strict()).min(1).max(20),
    sections: z.array(sectionSchema).min(1).max(30),
  })
  .strict();

type Issue = { message: string; path: (string | number)[] };

function definitionIssues(definition: z.infer<typeof definitionObjectSchema>): Issue[] {
  const issues: Issue[] = [];
  const sourceRefs = new Set(definition.sources.map((source) => source.ref));
  const sectionIds = new Set<string>();
  const earlierFields = new Map<string, FormFieldDefinition>();
  definition.sections.forEach((section, sectionIndex) => {
    if (sectionIds.has(section.id)) issues.push({ path: ['sections', sectionIndex, 'id'], message: `Section ${section.id} appears twice` });
    sectionIds.add(section.id);
    section.fields.forEach((field, fieldIndex) => {
      const at = (...rest: (string | number)[]) => ['sections', sectionIndex, 'fields', fieldIndex, ...rest];
      if (earlierFields.has(field.id)) issues.push({ path: at('id'), message: `Field ${field.id} appears twice` });
      if (field.kind === 'choice' && !field.choices) issues.push({ path: at('choices'), message: 'A choice field needs its choices' });
      if (field.kind !== 'choice' && field.choices) issues.push({ path: at('choices'), message: 'Only a choice field has choices' });
      if (field.choices && new Set(field.choices).size !== field.choices.length) issues.push({ path: at('choices'), message: 'Choices must be unique' });
      field.sourceRefs.forEach((ref, refIndex) => {
        if (!sourceRefs.has(ref)) issues.push({ path: at('sourceRefs', refIndex), message: `${ref} is not one of the definition's sources` });
      });
      if (field.appliesWhen) {
        const condition = earlierFields.get(field.appliesWhen.fieldId);
        const equals = field.appliesWhen.equals;
        if (!condition) issues.push({ path: at('appliesWhen', 'fieldId'), message: `${field.appliesWhen.fieldId} is not an earlier field` });
        else if (condition.kind === 'boolean' ? typeof equals !== 'boolean' : condition.kind !== 'choice' || !condition.choices?.includes(String(equals)))
          issues.push({ path: at('appliesWhen', 'equals'), message: `Not a possible answer of ${condition.id}` });
      }
      earlierFields.set(field.id, field);
    });
  });
  return issues;
}

/**
 * A form definition, as JSON. Beyond the field types: unique section and field ids, choices exactly on choice
 * fields, every source reference resolvable, and `appliesWhen` pointing at an earlier field and one of its answers.
 */
export const remsFormDefinitionSchema = definitionObjectSchema.superRefine((definition, context) => {
  for (const issue of definitionIssues(definition)) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
export type RemsFormDefinition = z.infer<typeof remsFormDefinitionSchema>;

/** Every field of a definition, in form order. */
export function formFields(definition: RemsFormDefinition): FormFieldDefinition[] {
  return definition.sections.flatMap((section) => section.fields);
}

const verbatim: Pick<FormFieldDefinition, 'confidence' | 'sourceRefs'> = { confidence: 'verbatim', sourceRefs: ['R5', 'R5b'] };
const obligationNote = (obligation: string) =>
  `The form's asterisk is not recorded in ANCHORS §4.2; required here because ${obligation} is a REMS obligation (ANCHORS §4.1).`;
const bloodPressureNote = obligationNote('blood pressure before dosing, about 40 minutes after, and until stable');

export const remsMonitoringFormDefinition: RemsFormDefinition = {
  id: 'spravato-rems-patient-monitoring',
  title: 'SPRAVATO® REMS Patient Monitoring Form (outpatient)',
  // "2021-11": the outpatient form dated 11/2021 as read in ANCHORS §4.2 (researched 2026); ".1": our first mapping.
  version: '2021-11.1',
  basis:
    'Fields up to the blood pressures follow the 11/2021 outpatient form text, read verbatim (ANCHORS §4.2 [R5][R5b]). Fields marked secondary come from descriptions of later versions [R12][O1][L1] and are unverified. Check against the current PDF from SPRAVATOrems.com.',
  instructions: [
    'For outpatient offices and clinics only, not emergency departments.',
    'Complete after every treatment session for every enrolled outpatient.',
    'Submit within 7 days, online at SPRAVATOrems.com or by fax to 1-877-778-0091.',
  ],
  sources: [
    { ref: 'R5', citation: 'SPRAVATO REMS Patient Monitoring Form 11/2021, text at https://manualspro.net/445029-spravato-patient-monitoring-form-instructions' },
    { ref: 'R5b', citation: 'The same form text at https://manuzoid.com/manuals/DGLLa-Spravato%20Patient%20Monitoring%20Operating%20instructions' },
    { ref: 'R12', citation: 'J&J Medical Connect video transcript, SPRAVATO REMS Patient Monitoring Form overview (secondary)' },
    { ref: 'O1', citation: "Osmind's mapping of the current form (secondary)" },
    { ref: 'L1', citation: 'Lucido, Spravato REMS filing deadline (secondary)' },
  ],
  sections: [
    {
      id: 'patientInformation',
      title: 'Patient information',
      fields: [
        {
          id: 'patientLabel',
          label: 'Patient label',
          kind: 'text',
          required: false,
          source: 'patient',
          ...verbatim,
          note: 'The form has a space for a patient label or barcode; we put the REMS patient ID there (our choice).',
        },
        { id: 'patientFirstName', label: 'First name', kind: 'text', required: true, source: 'patient', ...verbatim },
        { id: 'patientMiddleInitial', label: 'MI', kind: 'text', required: false, source: 'patient', ...verbatim },
        { id: 'patientLastName', label: 'Last name', kind: 'text', required: true, source: 'patient', ...verbatim },
        { id: 'patientBirthdate', label: 'Birthdate (MM/DD/YYYY)', kind: 'date', required: true, source: 'patient', ...verbatim },
        { id: 'patientSex', label: 'Sex', kind: 'choice', choices: ['Male', 'Female', 'Other'], required: true, source: 'patient', ...verbatim },
      ],
    },
    {
      id: 'concomitantMedication',
      title: 'Concomitant medication',
      note: 'Is the patient taking drugs that may cause sedation or blood pressure changes?',
      fields: [
        { id: 'takesBenzodiazepines', label: 'Benzodiazepines', kind: 'boolean', required: true, source: 'patient', ...verbatim },
        { id: 'takesNonBenzodiazepineSedativeHypnotics', label: 'Non-benzodiazepine sedative hypnotics', kind: 'boolean', required: true, source: 'patient', ...verbatim },
        { id: 'takesPsychostimulants', label: 'Psychostimulants', kind: 'boolean', required: true, source: 'patient', ...verbatim },
        { id: 'takesMaois', label: 'MAOIs', kind: 'boolean', required: true, source: 'patient', ...verbatim },
        {
          id: 'takesOpioids',
          label: 'Opioids',
          kind: 'boolean',
          required: false,
          source: 'patient',
          confidence: 'secondary',
          sourceRefs: ['R12'],
          note: 'Later versions widen the list to drugs causing sedation, dissociation, respiratory depression or blood pressure changes, naming opioids.',
        },
      ],
    },
    {
      id: 'monitoringProvider',
      title: 'Healthcare provider conducting the monitoring',
      fields: [
        { id: 'providerFirstName', label: 'First name', kind: 'text', required: true, source: 'monitoring-provider', ...verbatim },
        { id: 'providerLastName', label: 'Last name', kind: 'text', required: true, source: 'monitoring-provider', ...verbatim },
        { id: 'providerTelephone', label: 'Telephone', kind: 'text', required: true, source: 'monitoring-provider', ...verbatim },
        { id: 'providerEmail', label: 'Email', kind: 'text', required: true, source: 'monitoring-provider', ...verbatim },
      ],
    },
    {
      id: 'healthcareSetting',
      title: 'Healthcare setting',
      fields: [
        { id: 'settingName', label: 'Name', kind: 'text', required: true, source: 'setting', ...verbatim },
        { id: 'settingAddress1', label: 'Address 1', kind: 'text', required: true, source: 'setting', ...verbatim },
        { id: 'settingAddress2', label: 'Address 2', kind: 'text', required: false, source: 'setting', ...verbatim },
        { id: 'settingCity', label: 'City', kind: 'text', required: true, source: 'setting', ...verbatim },
        { id: 'settingState', label: 'State', kind: 'text', required: true, source: 'setting', ...verbatim },
        { id: 'settingZip', label: 'ZIP', kind: 'text', required: true, source: 'setting', ...verbatim },
      ],
    },
    {
      id: 'treatmentSession',
      title: 'Treatment session (administration and monitoring)',
      fields: [
        {
          id: 'firstTreatment',
          label: "Is this the patient's first treatment?",
          kind: 'boolean',
          required: false,
          source: 'session',
          confidence: 'secondary',
          sourceRefs: ['R12'],
        },
        {
          id: 'enrolledInRems',
          label: 'If yes, is the patient enrolled in the REMS?',
          kind: 'boolean',
          required: false,
          source: 'patient',
          confidence: 'secondary',
          sourceRefs: ['R12'],
          appliesWhen: { fieldId: 'firstTreatment', equals: true },
        },
        { id: 'treatmentDate', label: 'Treatment date', kind: 'date', required: true, source: 'session', ...verbatim },
        { id: 'doseAdministered', label: 'Dose administered', kind: 'choice', choices: ['56 mg', '84 mg', 'Other'], required: true, source: 'session', ...verbatim },
        { id: 'lotNumber', label: 'Lot number', kind: 'text', required: false, source: 'session', ...verbatim },
        {
          id: 'treatmentDurationMinutes',
          label: 'Treatment duration (minutes from the first device administration to the end of monitoring; must be ≥ 120)',
          kind: 'number',
          required: true,
          source: 'session',
          ...verbatim,
          note: obligationNote('monitoring for at least 2 hours'),
        },
        {
          id: 'readyToLeaveMinutes',
          label: 'If there was not a 2-hour minimum monitoring requirement, when would this patient have been ready to leave? (minutes from the start of administration)',
          kind: 'number',
          required: false,
          source: 'session',
          ...verbatim,
          note: 'A REMS evaluation question; its asterisk is not recorded in ANCHORS §4.2.',
        },
        {
          id: 'vitalSignsAcceptableBeforeAdministration',
          label: 'Vital signs acceptable before administration',
          kind: 'boolean',
          required: true,
          source: 'session',
          ...verbatim,
          note: obligationNote('checking vital signs before dosing'),
        },
        {
          id: 'vitalSignsAcceptableBeforeEnd',
          label: 'Vital signs acceptable before the end of the session',
          kind: 'boolean',
          required: true,
          source: 'session',
          ...verbatim,
          note: obligationNote('stable vital signs before the patient leaves'),
        },
        { id: 'bpBeforeAdministrationSystolicMmHg', label: 'Blood pressure before administration: systolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
        { id: 'bpBeforeAdministrationDiastolicMmHg', label: 'Blood pressure before administration: diastolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
        { id: 'bpAfter40MinutesSystolicMmHg', label: 'Blood pressure 40 minutes after administration: systolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
        { id: 'bpAfter40MinutesDiastolicMmHg', label: 'Blood pressure 40 minutes after administration: diastolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
        { id: 'bpBeforeEndSystolicMmHg', label: 'Blood pressure before the end of the session: systolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
        { id: 'bpBeforeEndDiastolicMmHg', label: 'Blood pressure before the end of the session: diastolic (mmHg)', kind: 'number', required: true, source: 'session', ...verbatim, note: bloodPressureNote },
      ],
    },
    {
      id: 'sessionOutcome',
      title: 'Observations and outcome (later form versions)',
      note: 'The 2021 copy read for ANCHORS §4.2 stops at "Did the patient experience sedation…". These fields follow secondary descriptions of later versions and are not verified.',
      fields: [
        { id: 'pulseOximetryMonitored', label: 'Pulse oximetry monitored', kind: 'boolean', required: false, source: 'session', confidence: 'secondary', sourceRefs: ['O1'] },
        { id: 'sedationObserved', label: 'Did the patient experience sedation?', kind: 'boolean', required: false, source: 'session', confidence: 'secondary', sourceRefs: ['L1'] },
        { id: 'dissociationObserved', label: 'Did the patient experience dissociation?', kind: 'boolean', required: false, source: 'session', confidence: 'secondary', sourceRefs: ['L1'] },
        { id: 'seriousAdverseEvent', label: 'Did the patient have a serious adverse event?', kind: 'boolean', required: false, source: 'session', confidence: 'secondary', sourceRefs: ['O1', 'L1'] },
        {
          id: 'seriousAdverseEventDescription',
          label: 'Serious adverse event: description',
          kind: 'text',
          required: false,
          source: 'session',
          confidence: 'secondary',
          sourceRefs: ['O1'],
          appliesWhen: { fieldId: 'seriousAdverseEvent', equals: true },
          note: 'O1 names "serious-adverse-event reporting"; the shape of the answer is unknown.',
        },
        { id: 'dischargedAt', label: 'When the patient was discharged', kind: 'datetime', required: false, source: 'session', confidence: 'secondary', sourceRefs: ['L1'] },
      ],
    },
  ],
};
