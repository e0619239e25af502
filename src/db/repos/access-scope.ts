/**
 * What a caller may see. Every repository function over patient data takes one, so tenant and patient
 * scoping cannot be forgotten: a patient user's scope names their own record, and a row outside the
 * scope is simply not found (a cross-scope read answers 404, never 403: no existence oracle).
 */
export interface AccessScope {
  organisationId: string;
  /** Set for patient users: nothing but this patient's record is visible. */
  onlyPatientId?: string;
  /** Staff who work at some locations only: they see those locations' patients and patients with no location. */
  locationIds?: readonly string[];
  /** Patients opened by emergency access, still within the grant's time: for reads only, never writes. */
  breakGlassPatientIds?: readonly string[];
}
