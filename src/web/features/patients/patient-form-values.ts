import { newPatientSchema, patientDemographicsSchema, type NewPatient, type PatientDemographics } from '../../../domain/patients/patient';

/** Each field is named by its path in the request body, which is also how the server names a field at fault. */
export const patientFields = [
  'mrn',
  'givenName',
  'familyName',
  'dateOfBirth',
  'sexAtBirth',
  'genderIdentity',
  'pronouns',
  'email',
  'phone',
  'address.line1',
  'address.line2',
  'address.city',
  'address.region',
  'address.postalCode',
  'address.country',
  'emergencyContact.name',
  'emergencyContact.phone',
  'emergencyContact.relationship',
] as const;
export type PatientField = (typeof patientFields)[number];
export type PatientFormValues = Record<PatientField, string>;
export type PatientFormErrors = Partial<Record<string, string>>;
export type PatientFormMode = 'create' | 'update';

export const emptyPatientForm: PatientFormValues = { ...(Object.fromEntries(patientFields.map((field) => [field, ''])) as PatientFormValues), 'address.country': 'US' };

export function formValuesFromDemographics(demographics: PatientDemographics): PatientFormValues {
  const { address, emergencyContact } = demographics;
  return {
    ...emptyPatientForm,
    givenName: demographics.givenName,
    familyName: demographics.familyName,
    dateOfBirth: demographics.dateOfBirth,
    sexAtBirth: demographics.sexAtBirth,
    genderIdentity: demographics.genderIdentity ?? '',
    pronouns: demographics.pronouns ?? '',
    email: demographics.email ?? '',
    phone: demographics.phone ?? '',
    'address.line1': address?.line1 ?? '',
    'address.line2': address?.line2 ?? '',
    'address.city': address?.city ?? '',
    'address.region': address?.region ?? '',
    'address.postalCode': address?.postalCode ?? '',
    'address.country': address?.country ?? 'US',
    'emergencyContact.name': emergencyContact?.name ?? '',
    'emergencyContact.phone': emergencyContact?.phone ?? '',
    'emergencyContact.relationship': emergencyContact?.relationship ?? '',
  };
}

const anyEntered = (values: PatientFormValues, fields: PatientField[]) => fields.some((field) => values[field].trim() !== '');

/** The request body the form describes: blank optional fields become null, a blank address or contact is left out. */
function requestBody(values: PatientFormValues, mode: PatientFormMode): Record<string, unknown> {
  const optional = (field: PatientField) => values[field].trim() || null;
  const hasAddress = anyEntered(values, ['address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode']);
  const hasContact = anyEntered(values, ['emergencyContact.name', 'emergencyContact.phone', 'emergencyContact.relationship']);
  return {
    ...(mode === 'create' && values.mrn.trim() ? { mrn: values.mrn.trim() } : {}),
    givenName: values.givenName,
    familyName: values.familyName,
    dateOfBirth: values.dateOfBirth.trim(),
    sexAtBirth: values.sexAtBirth,
    genderIdentity: optional('genderIdentity'),
    pronouns: optional('pronouns'),
    email: optional('email'),
    phone: optional('phone'),
    address: hasAddress
      ? {
          line1: values['address.line1'],
          line2: optional('address.line2'),
          city: values['address.city'],
          region: values['address.region'],
          postalCode: values['address.postalCode'],
          country: values['address.country'].trim().toUpperCase() || 'US',
        }
      : null,
    emergencyContact: hasContact
      ? { name: values['emergencyContact.name'], phone: values['emergencyContact.phone'], relationship: optional('emergencyContact.relationship') }
      : null,
  };
}

export type PatientFormResult = { kind: 'valid'; body: NewPatient } | { kind: 'invalid'; errors: PatientFormErrors };

/** Checks the form with the same schema the server uses, plus what only the browser knows: today's date. */
export function validatePatientForm(values: PatientFormValues, mode: PatientFormMode, today: string): PatientFormResult {
  const schema = mode === 'create' ? newPatientSchema : patientDemographicsSchema;
  const parsed = schema.safeParse(requestBody(values, mode));
  const errors: PatientFormErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      errors[field] ??= issue.message;
    }
  }
  if (values.sexAtBirth === '') errors.sexAtBirth = 'Choose one';
  if (values.dateOfBirth.trim() === '') errors.dateOfBirth = 'Required';
  else if (!errors.dateOfBirth && values.dateOfBirth > today) errors.dateOfBirth = 'Date of birth is in the future';
  if (!parsed.success || Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', body: parsed.data };
}
