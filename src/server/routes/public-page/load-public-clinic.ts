import { computeOutcomeFigures, measurementWindow } from '../../../domain/public-page/outcome-figures.js';
import { type PublicClinicDocument, buildPublicClinicDocument } from '../../../domain/public-page/public-clinic-document.js';
import { listPublicClinicians } from '../../../domain/public-page/public-clinicians.js';
import type { Database } from '../../../db/database.js';
import { findPublishedClinic, loadPublicClinicRecords } from '../../../db/repos/public-page-repo.js';

const slugFormat = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The public page of the clinic with this slug, or null when there is none or it is switched off (the same answer for both). */
export async function loadPublicClinicDocument(db: Database, slug: string, now: Date): Promise<PublicClinicDocument | null> {
  if (!slugFormat.test(slug)) return null;
  const clinic = await findPublishedClinic(db, slug);
  if (!clinic) return null;
  const window = measurementWindow(now, clinic.settings.measurementMonths);
  const records = await loadPublicClinicRecords(db, { organisationId: clinic.organisationId }, window);
  const outcomes = computeOutcomeFigures({ window, courses: records.courses, sessions: records.sessions, phq9: records.phq9 });
  const clinicians = listPublicClinicians(records.staff, records.credentials, now);
  return buildPublicClinicDocument({ organisation: clinic, locations: records.locations, clinicians, outcomes, window }, clinic.settings, now);
}

export const publicJsonPath = (slug: string) => `/api/public/clinics/${slug}`;
