import type { PatientField, PatientFormMode } from './patient-form-values';

export interface PatientFieldLayout {
  name: PatientField;
  label: string;
  description?: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  /** Only when registering: the MRN is fixed once the patient exists. */
  createOnly?: boolean;
}

export interface PatientFormSection {
  legend: string;
  fields: (PatientFieldLayout | 'sexAtBirth')[];
}

export const patientFormSections: PatientFormSection[] = [
  {
    legend: 'Patient',
    fields: [
      { name: 'mrn', label: 'MRN', description: 'Medical record number. Leave blank and Ketaclinic assigns one.', createOnly: true },
      { name: 'givenName', label: 'Given name', autoComplete: 'off' },
      { name: 'familyName', label: 'Family name', autoComplete: 'off' },
      { name: 'dateOfBirth', label: 'Date of birth', type: 'date' },
      'sexAtBirth',
      { name: 'genderIdentity', label: 'Gender identity' },
      { name: 'pronouns', label: 'Pronouns', description: 'For example she/her, he/him, they/them' },
    ],
  },
  {
    legend: 'Contact',
    fields: [
      { name: 'email', label: 'E-mail address', type: 'email', autoComplete: 'off' },
      { name: 'phone', label: 'Phone', type: 'tel', autoComplete: 'off' },
    ],
  },
  {
    legend: 'Address',
    fields: [
      { name: 'address.line1', label: 'Street address' },
      { name: 'address.line2', label: 'Address line 2', description: 'Apartment, suite or unit' },
      { name: 'address.city', label: 'City' },
      { name: 'address.region', label: 'State or region' },
      { name: 'address.postalCode', label: 'ZIP or postal code' },
      { name: 'address.country', label: 'Country', description: 'Two-letter code, such as US' },
    ],
  },
  {
    legend: 'Emergency contact',
    fields: [
      { name: 'emergencyContact.name', label: 'Emergency contact name' },
      { name: 'emergencyContact.phone', label: 'Emergency contact phone', type: 'tel' },
      { name: 'emergencyContact.relationship', label: 'Relationship to the patient' },
    ],
  },
];

export const sectionsFor = (mode: PatientFormMode): PatientFormSection[] =>
  patientFormSections.map((section) => ({ ...section, fields: section.fields.filter((field) => field === 'sexAtBirth' || !field.createOnly || mode === 'create') }));
