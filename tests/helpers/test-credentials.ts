import { eq } from 'drizzle-orm';
import type { StaffRole } from '../../src/domain/access/roles.js';
import { isValidDeaNumber } from '../../src/domain/ledger/ledger-entry.js';
import type { Database } from '../../src/db/database.js';
import { authoriseHandler, insertCredential } from '../../src/db/repos/credentials-repo.js';
import { deaRegistrations } from '../../src/db/schema/index.js';

const farFuture = new Date('2031-01-01T06:00:00Z');

/** A synthetic DEA number with a valid check digit: two letters, six digits, then the digit that makes it valid. */
export function syntheticDeaNumber(letters: string, sixDigits: number): string {
  const body = String(sixDigits).padStart(6, '0');
  for (let check = 0; check <= 9; check += 1) if (isValidDeaNumber(`${letters}${body}${check}`)) return `${letters}${body}${check}`;
  throw new Error('unreachable: one check digit always fits');
}

/** Licences and certifications a person in these roles would hold, valid well past any test clock, in the test state (ZZ). */
export async function giveStandardCredentials(db: Database, organisationId: string, userId: string, roles: readonly StaffRole[], now: Date): Promise<void> {
  const scope = { organisationId };
  const licence = (type: string, number: string) => insertCredential(db, scope, { userId, kind: 'licence', type, jurisdiction: 'ZZ', number, status: 'active', expiresAt: farFuture }, now);
  const acls = () => insertCredential(db, scope, { userId, kind: 'life-support', type: 'ACLS', number: `ACLS-${userId.slice(0, 8)}`, status: 'active', expiresAt: farFuture }, now);
  if (roles.includes('prescriber') || roles.includes('medical-director')) {
    await licence('MD', `ZZ-MD-${userId.slice(0, 6)}`);
    await acls();
  } else if (roles.includes('nurse')) {
    await licence('RN', `ZZ-RN-${userId.slice(0, 6)}`);
    await acls();
  } else if (roles.includes('therapist')) {
    await licence('LCSW', `ZZ-LCSW-${userId.slice(0, 6)}`);
  }
  if (roles.some((role) => role === 'nurse' || role === 'prescriber' || role === 'medical-director')) await authoriseOnAllRegistrations(db, organisationId, userId, now);
}

/** Puts the person on the handler roster of every DEA registration the clinic has. */
export async function authoriseOnAllRegistrations(db: Database, organisationId: string, userId: string, now: Date): Promise<void> {
  const registrations = await db.select({ id: deaRegistrations.id }).from(deaRegistrations).where(eq(deaRegistrations.organisationId, organisationId));
  for (const registration of registrations) await authoriseHandler(db, { organisationId }, { registrationId: registration.id, userId, grantedByUserId: null }, now);
}
