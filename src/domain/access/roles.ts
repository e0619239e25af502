/** Staff roles; a user may hold several. Patients are not a role: a patient user is linked to one record. */
export const staffRoles = ['admin', 'medical-director', 'prescriber', 'nurse', 'therapist', 'front-desk'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const roleLabels: Record<StaffRole, string> = {
  admin: 'Administrator',
  'medical-director': 'Medical director',
  prescriber: 'Prescriber (MD, DO, NP, PA)',
  nurse: 'Nurse',
  therapist: 'Therapist',
  'front-desk': 'Front desk',
};

/**
 * Roles that must use a second factor by default: prescribers and nurses handle a Schedule III drug and
 * charts, admins and medical directors grant access (ONC 170.315(d)(13) asks how MFA is supported).
 * A clinic sets its own list with KETACLINIC_MFA_REQUIRED_ROLES.
 */
export const defaultMfaRequiredRoles: readonly StaffRole[] = ['admin', 'medical-director', 'prescriber', 'nurse'];

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}
