import type { StaffRole } from './roles.js';

/**
 * Every action a route can perform. Authorisation is data: the table below is the whole policy, and
 * `authorize` is the only reader. A route names one action; deny is the default.
 */
export const actions = [
  'patient.search',
  'patient.read',
  'patient.create',
  'patient.update',
  'patient.archive',
  'patient.break-glass',
  'patient.portal-invite',
  'assessment.read',
  'assessment.record',
  'assessment.self-report',
  'safety.manage',
  'measurement.configure',
  'intake.read',
  'intake.record',
  'eligibility.check',
  'eligibility.decide',
  'eligibility.override-absolute',
  'eligibility.configure',
  'dose.calculate',
  'consent.read',
  'consent.sign',
  'consent.countersign',
  'consent.revoke',
  'consent.publish',
  'rems.record',
  'rems.configure',
  'protocol.read',
  'protocol.configure',
  'plan.read',
  'plan.manage',
  'session.read',
  'session.chart',
  'session.sign',
  'floor.view',
  'stock.read',
  'stock.handle',
  'stock.configure',
  'user.list',
  'user.manage',
  'audit.read',
  /** See and keep staff credentials, the handler roster, the credential rules and the public clinic page. */
  'credential.manage',
] as const;
export type Action = (typeof actions)[number];

export type Actor =
  | { kind: 'staff'; userId: string; organisationId: string; roles: readonly StaffRole[] }
  | { kind: 'patient'; userId: string; organisationId: string; patientId: string };

/** What everyone who treats patients and charts may do (prescribers and nurses; the medical director adds to it). */
const treating: readonly Action[] = [
  'patient.search',
  'patient.read',
  'patient.create',
  'patient.update',
  'patient.break-glass',
  'patient.portal-invite',
  'assessment.read',
  'assessment.record',
  'safety.manage',
  'intake.read',
  'intake.record',
  'eligibility.check',
  'dose.calculate',
  'consent.read',
  'consent.sign',
  'consent.countersign',
  'consent.revoke',
  'protocol.read',
  'plan.read',
  'session.read',
  'session.chart',
  'floor.view',
  // Handling controlled substances: the registrant's authorised staff (21 CFR 1301.22(b)); issue 8 will tie it to credentials.
  'stock.read',
  'stock.handle',
];

/** What only a prescriber decides: eligibility, REMS enrolment, the treatment plan (the medical director is also a prescriber). */
const prescribing: readonly Action[] = ['eligibility.decide', 'rems.record', 'plan.manage', 'session.sign'];

/** role → actions. Front desk registers and finds patients but reads no clinical detail (minimum necessary, 45 CFR 164.514(d)). */
export const staffPermissions: Record<StaffRole, readonly Action[]> = {
  admin: ['user.list', 'user.manage', 'audit.read', 'patient.search', 'rems.configure', 'stock.read', 'stock.configure', 'credential.manage'],
  'medical-director': [
    ...treating,
    ...prescribing,
    'patient.archive',
    'measurement.configure',
    'eligibility.override-absolute',
    'eligibility.configure',
    'consent.publish',
    'protocol.configure',
    'rems.configure',
    'stock.configure',
    'user.list',
    'audit.read',
    'credential.manage',
  ],
  prescriber: [...treating, ...prescribing],
  nurse: treating,
  therapist: ['patient.search', 'patient.read', 'patient.break-glass', 'assessment.read', 'assessment.record', 'safety.manage', 'intake.read', 'consent.read', 'plan.read', 'protocol.read', 'session.read', 'floor.view'],
  // The floor board shows initials, chairs and timers only, so front desk can see who is where.
  'front-desk': ['patient.search', 'patient.create', 'patient.portal-invite', 'floor.view'],
};

/** A patient user may read a patient record and its measures, and report on themselves; the scope makes it their own only. */
export const patientPermissions: readonly Action[] = ['patient.read', 'assessment.read', 'assessment.self-report', 'consent.read', 'consent.sign', 'consent.revoke', 'plan.read'];

export type Decision = { kind: 'allow' } | { kind: 'deny'; reason: 'not-permitted' | 'other-organisation' };

/** The resource an action touches, when it has an owner: used to keep actors inside their organisation. */
export interface ResourceScope {
  organisationId: string;
}

export function authorize(actor: Actor, action: Action, resource?: ResourceScope): Decision {
  if (resource && resource.organisationId !== actor.organisationId) return { kind: 'deny', reason: 'other-organisation' };
  const permitted = actor.kind === 'patient' ? patientPermissions.includes(action) : actor.roles.some((role) => staffPermissions[role].includes(action));
  return permitted ? { kind: 'allow' } : { kind: 'deny', reason: 'not-permitted' };
}
