import { roleLabels, type StaffRole } from '../access/roles.js';
import { inForce } from '../credentials/credential-rules.js';

/** The roles that treat patients; administrators and the front desk are not listed. */
export const clinicalRoles: readonly StaffRole[] = ['medical-director', 'prescriber', 'nurse', 'therapist'];

/** The credential kinds a public page may show. DEA registrations and training records never appear. */
export const publicCredentialKinds = ['licence', 'npi', 'board-certification', 'life-support'] as const;

export interface StaffFacts {
  userId: string;
  displayName: string;
  roles: readonly StaffRole[];
}

/** A credential the clinic marked "publicly listed", with its newest verification. */
export interface ListedCredentialFacts {
  userId: string;
  kind: string;
  type: string;
  jurisdiction: string | null;
  number: string | null;
  issuer: string | null;
  status: string;
  expiresAt: Date | null;
  lastVerification: { at: Date; outcome: 'verified' | 'discrepancy' } | null;
}

export type CredentialStatus = 'active' | 'expired' | 'inactive' | 'suspended' | 'revoked';
export type LifeSupportStatus = 'current' | 'expired' | 'inactive' | 'suspended' | 'revoked';
export interface PublicVerification {
  on: string;
  outcome: 'verified' | 'discrepancy';
}

export interface PublicClinician {
  displayName: string;
  roles: { id: StaffRole; label: string }[];
  licences: { type: string; jurisdiction: string; number: string; status: CredentialStatus; expiresOn: string | null; lastVerification: PublicVerification | null }[];
  npi: string | null;
  boardCertifications: { name: string; issuer: string | null; status: CredentialStatus; expiresOn: string | null; lastVerification: PublicVerification | null }[];
  lifeSupport: { type: string; status: LifeSupportStatus; expiresMonth: string | null; lastVerification: PublicVerification | null }[];
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** "active" while in force (credential-rules.ts `inForce`), "expired" once its expiry has passed, else its recorded status. */
export function publicCredentialStatus(credential: ListedCredentialFacts, now: Date): CredentialStatus {
  if (credential.status !== 'active') return credential.status as CredentialStatus;
  return inForce(credential, now) ? 'active' : 'expired';
}

const verificationOf = (credential: ListedCredentialFacts): PublicVerification | null =>
  credential.lastVerification ? { on: isoDay(credential.lastVerification.at), outcome: credential.lastVerification.outcome } : null;

const byText = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

/**
 * The clinicians a public page lists: active staff in a clinical role who hold at least one publicly listed
 * licence, NPI, board certification or life-support certification; each with those credentials only. Nothing
 * else about them (no e-mail, DEA number, date of birth, or unlisted credential) ever reaches the page.
 */
export function listPublicClinicians(staff: readonly StaffFacts[], credentials: readonly ListedCredentialFacts[], now: Date): PublicClinician[] {
  const listed = credentials.filter((credential) => (publicCredentialKinds as readonly string[]).includes(credential.kind));
  const rank = (roles: readonly StaffRole[]) => Math.min(...roles.map((role) => clinicalRoles.indexOf(role)).filter((index) => index >= 0));
  const clinicians: (PublicClinician & { rank: number })[] = [];
  for (const person of staff) {
    const roles = clinicalRoles.filter((role) => person.roles.includes(role));
    const own = listed.filter((credential) => credential.userId === person.userId);
    if (roles.length === 0 || own.length === 0) continue;
    clinicians.push({
      rank: rank(roles),
      displayName: person.displayName,
      roles: roles.map((role) => ({ id: role, label: roleLabels[role] })),
      licences: own
        .filter((credential) => credential.kind === 'licence' && credential.jurisdiction !== null && credential.number !== null)
        .map((credential) => ({
          type: credential.type,
          jurisdiction: credential.jurisdiction!,
          number: credential.number!,
          status: publicCredentialStatus(credential, now),
          expiresOn: credential.expiresAt ? isoDay(credential.expiresAt) : null,
          lastVerification: verificationOf(credential),
        }))
        .sort(byText((licence) => `${licence.jurisdiction} ${licence.type} ${licence.number}`)),
      npi: own.find((credential) => credential.kind === 'npi' && credential.number !== null)?.number ?? null,
      boardCertifications: own
        .filter((credential) => credential.kind === 'board-certification')
        .map((credential) => ({
          name: credential.type,
          issuer: credential.issuer,
          status: publicCredentialStatus(credential, now),
          expiresOn: credential.expiresAt ? isoDay(credential.expiresAt) : null,
          lastVerification: verificationOf(credential),
        }))
        .sort(byText((certification) => certification.name)),
      lifeSupport: own
        .filter((credential) => credential.kind === 'life-support')
        .map((credential) => {
          const status = publicCredentialStatus(credential, now);
          return {
            type: credential.type,
            status: status === 'active' ? ('current' as const) : status,
            expiresMonth: credential.expiresAt ? isoDay(credential.expiresAt).slice(0, 7) : null,
            lastVerification: verificationOf(credential),
          };
        })
        .sort(byText((certification) => certification.type)),
    });
  }
  return clinicians.sort((a, b) => a.rank - b.rank || a.displayName.localeCompare(b.displayName)).map(({ rank: _rank, ...clinician }) => clinician);
}
