import { z } from 'zod';

/**
 * Which credentials an action needs, as clinic data: a clinic may switch a rule off or widen the licence types,
 * and every rule names what it asks for so a refusal says exactly what is missing. The defaults are ours, from
 * SPEC.md §3.1 (who may handle controlled substances) and the supervision the protocols of §2 assume; state law
 * may ask for more.
 */
export const credentialActions = ['session.sign', 'plan.activate', 'session.start-parenteral', 'stock.handle', 'stock.receive', 'stock.witness'] as const;
export type CredentialAction = (typeof credentialActions)[number];

export const prescriberLicenceTypes = ['MD', 'DO', 'NP', 'PA'] as const;
export const clinicalLicenceTypes = ['MD', 'DO', 'NP', 'PA', 'CRNA', 'RN', 'LPN'] as const;

const requirementSchema = z.discriminatedUnion('kind', [
  /** An active, unexpired licence of one of these types; in the location's state when `inLocationJurisdiction`. */
  z.object({ kind: z.literal('licence'), types: z.array(z.string().min(1).max(20)).min(1), inLocationJurisdiction: z.boolean() }).strict(),
  /** A current life-support certification of one of these types (ACLS, BLS, PALS). */
  z.object({ kind: z.literal('life-support'), types: z.array(z.string().min(1).max(20)).min(1) }).strict(),
  /** On the roster of staff authorised to handle stock under the location's current DEA registration (1301.22(b)). */
  z.object({ kind: z.literal('authorised-handler') }).strict(),
  /** The location's current DEA registration covers this schedule: ketamine and esketamine are III N (non-narcotic, 21 CFR 1308.13(c)). */
  z.object({ kind: z.literal('registration-schedule'), schedule: z.string().min(1).max(3) }).strict(),
]);
export type CredentialRequirement = z.infer<typeof requirementSchema>;

export const credentialRuleSchema = z.object({ action: z.enum(credentialActions), enabled: z.boolean(), requirements: z.array(requirementSchema).min(1) }).strict();
export type CredentialRule = z.infer<typeof credentialRuleSchema>;
export const credentialRuleSetSchema = z.array(credentialRuleSchema).refine((rules) => new Set(rules.map((rule) => rule.action)).size === rules.length, 'Each action once');

export const defaultCredentialRules: readonly CredentialRule[] = [
  { action: 'session.sign', enabled: true, requirements: [{ kind: 'licence', types: [...prescriberLicenceTypes], inLocationJurisdiction: true }] },
  { action: 'plan.activate', enabled: true, requirements: [{ kind: 'licence', types: [...prescriberLicenceTypes], inLocationJurisdiction: true }] },
  { action: 'session.start-parenteral', enabled: true, requirements: [{ kind: 'life-support', types: ['ACLS'] }] },
  { action: 'stock.handle', enabled: true, requirements: [{ kind: 'authorised-handler' }] },
  { action: 'stock.receive', enabled: true, requirements: [{ kind: 'authorised-handler' }, { kind: 'registration-schedule', schedule: '3N' }] },
  { action: 'stock.witness', enabled: true, requirements: [{ kind: 'licence', types: [...clinicalLicenceTypes], inLocationJurisdiction: true }] },
];

/** A credential as the rules see it. */
export interface HeldCredential {
  kind: string;
  type: string;
  jurisdiction: string | null;
  number: string | null;
  status: string;
  expiresAt: Date | null;
}

export interface CredentialFacts {
  credentials: readonly HeldCredential[];
  /** The state of the location where the action happens. */
  locationJurisdiction: string | null;
  /** The location's DEA registration in force now (unexpired), if any. */
  registration: { number: string; schedules: readonly string[]; expiresOn: string } | null;
  /** Whether the person is on that registration's roster of authorised handlers. */
  authorisedHandler: boolean;
}

export interface CredentialProblem {
  code: 'CREDENTIAL_MISSING' | 'CREDENTIAL_EXPIRED' | 'CREDENTIAL_INACTIVE' | 'NOT_AUTHORISED_HANDLER' | 'NO_REGISTRATION' | 'REGISTRATION_SCHEDULE';
  requirement: CredentialRequirement;
  message: string;
}

/** In force at `now`: active and not yet expired. Expiry is exact: at the instant it expires, it no longer counts. */
export const inForce = (credential: HeldCredential, now: Date) => credential.status === 'active' && (credential.expiresAt === null || credential.expiresAt.getTime() > now.getTime());

const list = (types: readonly string[]) => (types.length === 1 ? types[0]! : `${types.slice(0, -1).join(', ')} or ${types.at(-1)}`);

function licenceProblem(requirement: Extract<CredentialRequirement, { kind: 'licence' }>, facts: CredentialFacts, now: Date): CredentialProblem | null {
  const where = requirement.inLocationJurisdiction ? facts.locationJurisdiction : null;
  const matching = facts.credentials.filter((credential) => credential.kind === 'licence' && requirement.types.includes(credential.type) && (where === null || credential.jurisdiction === where));
  if (matching.some((credential) => inForce(credential, now))) return null;
  const what = `${list(requirement.types)} licence${where ? ` in ${where}` : ''}`;
  return worstOf(matching, requirement, what, now);
}

function lifeSupportProblem(requirement: Extract<CredentialRequirement, { kind: 'life-support' }>, facts: CredentialFacts, now: Date): CredentialProblem | null {
  const matching = facts.credentials.filter((credential) => credential.kind === 'life-support' && requirement.types.includes(credential.type));
  if (matching.some((credential) => inForce(credential, now))) return null;
  return worstOf(matching, requirement, `${list(requirement.types)} certification`, now);
}

/** Says why the nearest candidate does not count: expired (and when), not active, or none on file. */
function worstOf(matching: readonly HeldCredential[], requirement: CredentialRequirement, what: string, now: Date): CredentialProblem {
  const expired = matching.filter((credential) => credential.status === 'active' && credential.expiresAt !== null && credential.expiresAt.getTime() <= now.getTime()).sort((a, b) => b.expiresAt!.getTime() - a.expiresAt!.getTime())[0];
  if (expired) return { code: 'CREDENTIAL_EXPIRED', requirement, message: `Your ${what}${expired.number ? ` (${expired.number})` : ''} expired on ${expired.expiresAt!.toISOString()}.` };
  const inactive = matching.find((credential) => credential.status !== 'active');
  if (inactive) return { code: 'CREDENTIAL_INACTIVE', requirement, message: `Your ${what}${inactive.number ? ` (${inactive.number})` : ''} is ${inactive.status}.` };
  return { code: 'CREDENTIAL_MISSING', requirement, message: `This needs a current ${what}; none is on file for you.` };
}

function requirementProblem(requirement: CredentialRequirement, facts: CredentialFacts, now: Date): CredentialProblem | null {
  switch (requirement.kind) {
    case 'licence':
      return licenceProblem(requirement, facts, now);
    case 'life-support':
      return lifeSupportProblem(requirement, facts, now);
    case 'authorised-handler':
      if (!facts.registration) return { code: 'NO_REGISTRATION', requirement, message: 'This location has no current DEA registration.' };
      return facts.authorisedHandler ? null : { code: 'NOT_AUTHORISED_HANDLER', requirement, message: `You are not on the list of staff authorised to handle controlled substances under DEA registration ${facts.registration.number}.` };
    case 'registration-schedule':
      if (!facts.registration) return { code: 'NO_REGISTRATION', requirement, message: 'This location has no current DEA registration.' };
      return facts.registration.schedules.includes(requirement.schedule) ? null : { code: 'REGISTRATION_SCHEDULE', requirement, message: `DEA registration ${facts.registration.number} does not cover Schedule ${requirement.schedule}.` };
  }
}

/** What stands between this person and the action under the clinic's rules; empty when nothing does. */
export function credentialProblems(rules: readonly CredentialRule[], action: CredentialAction, facts: CredentialFacts, now: Date): CredentialProblem[] {
  const rule = rules.find((candidate) => candidate.action === action);
  if (!rule || !rule.enabled) return [];
  return rule.requirements.flatMap((requirement) => requirementProblem(requirement, facts, now) ?? []);
}

/** Whether a rule needs to know about the location's registration (so the caller reads it only then). */
export const needsRegistration = (rules: readonly CredentialRule[], action: CredentialAction) =>
  rules.some((rule) => rule.action === action && rule.enabled && rule.requirements.some((requirement) => requirement.kind === 'authorised-handler' || requirement.kind === 'registration-schedule'));
