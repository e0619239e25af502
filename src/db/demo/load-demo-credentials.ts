import { eq } from 'drizzle-orm';
import { luhnCheckDigit } from '../../domain/credentials/npi.js';
import type { Database } from '../database.js';
import { authoriseHandler, insertCredential, type NewCredential } from '../repos/credentials-repo.js';
import type { OrganisationScope } from '../repos/organisations-repo.js';
import { credentialVerifications, deaRegistrations } from '../schema/index.js';

const day = 86_400_000;
/** A synthetic NPI: nine digits and the check digit that makes it valid. */
const npi = (nine: string) => `${nine}${luhnCheckDigit(`80840${nine}`)}`;

/**
 * The demo staff's licences and certifications (all synthetic, in the fictional state ZZ), each checked at its
 * source a month ago, and the roster of handlers under the demo location's DEA registration. The nurse's BLS
 * card runs out in three weeks, so the expiry dashboard has something to show.
 */
export async function loadDemoCredentials(tx: Database, scope: OrganisationScope, staff: { director: string; prescriber: string; nurse: string; therapist: string }, now: Date): Promise<void> {
  const inYears = (years: number) => new Date(now.getTime() + years * 365 * day);
  const held: (NewCredential & { source: string })[] = [
    { userId: staff.director, kind: 'licence', type: 'MD', jurisdiction: 'ZZ', number: 'ZZ-MD-000101', issuer: 'ZZ Board of Medicine (fictional)', status: 'active', expiresAt: inYears(2), source: 'ZZ Board of Medicine licence lookup (synthetic)' },
    { userId: staff.director, kind: 'board-certification', type: 'Psychiatry', issuer: 'American Board of Psychiatry and Neurology', number: 'DEMO-ABPN-0101', status: 'active', expiresAt: inYears(6), source: 'ABPN certification verification (synthetic)' },
    { userId: staff.director, kind: 'life-support', type: 'ACLS', issuer: 'American Heart Association', number: 'DEMO-ECARD-0101', status: 'active', expiresAt: inYears(1.5), source: 'AHA eCard verification (synthetic)' },
    { userId: staff.director, kind: 'npi', type: 'NPI', number: npi('100000101'), status: 'active', publiclyListed: true, source: 'NPPES NPI registry (synthetic)' },
    { userId: staff.prescriber, kind: 'licence', type: 'NP', jurisdiction: 'ZZ', number: 'ZZ-NP-000202', issuer: 'ZZ Board of Nursing (fictional)', status: 'active', expiresAt: inYears(1), source: 'ZZ Board of Nursing licence lookup (synthetic)' },
    { userId: staff.prescriber, kind: 'life-support', type: 'ACLS', issuer: 'American Heart Association', number: 'DEMO-ECARD-0202', status: 'active', expiresAt: inYears(1), source: 'AHA eCard verification (synthetic)' },
    { userId: staff.prescriber, kind: 'npi', type: 'NPI', number: npi('100000202'), status: 'active', source: 'NPPES NPI registry (synthetic)' },
    { userId: staff.nurse, kind: 'licence', type: 'RN', jurisdiction: 'ZZ', number: 'ZZ-RN-000303', issuer: 'ZZ Board of Nursing (fictional)', status: 'active', expiresAt: inYears(1.2), source: 'ZZ Board of Nursing licence lookup (synthetic)' },
    { userId: staff.nurse, kind: 'life-support', type: 'ACLS', issuer: 'American Heart Association', number: 'DEMO-ECARD-0303', status: 'active', expiresAt: inYears(1.8), source: 'AHA eCard verification (synthetic)' },
    { userId: staff.nurse, kind: 'life-support', type: 'BLS', issuer: 'American Heart Association', number: 'DEMO-ECARD-0304', status: 'active', expiresAt: new Date(now.getTime() + 21 * day), source: 'AHA eCard verification (synthetic)' },
    { userId: staff.therapist, kind: 'licence', type: 'LCSW', jurisdiction: 'ZZ', number: 'ZZ-LCSW-000404', issuer: 'ZZ Board of Social Work (fictional)', status: 'active', expiresAt: inYears(1.5), source: 'ZZ Board of Social Work licence lookup (synthetic)' },
    { userId: staff.therapist, kind: 'training', type: 'Ketamine-assisted psychotherapy training', issuer: 'Demo training provider (fictional)', status: 'active', publiclyListed: false, source: 'Certificate of completion reviewed' },
  ];
  const verifiedAt = new Date(now.getTime() - 30 * day);
  const nextDueOn = new Date(now.getTime() + 335 * day).toISOString().slice(0, 10);
  for (const { source, ...credential } of held) {
    const credentialId = await insertCredential(tx, scope, credential, verifiedAt);
    const method = source.startsWith('Certificate') ? 'document-review' : 'primary-source';
    await tx.insert(credentialVerifications).values({ organisationId: scope.organisationId, credentialId, verifiedByUserId: staff.director, verifiedAt, method, source, outcome: 'verified', nextDueOn });
  }
  const registrations = await tx.select({ id: deaRegistrations.id }).from(deaRegistrations).where(eq(deaRegistrations.organisationId, scope.organisationId));
  for (const registration of registrations) {
    for (const userId of [staff.director, staff.prescriber, staff.nurse]) await authoriseHandler(tx, scope, { registrationId: registration.id, userId, grantedByUserId: staff.director }, verifiedAt);
  }
}
