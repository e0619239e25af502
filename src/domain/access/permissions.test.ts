import { describe, expect, it } from 'vitest';
import { type Action, type Actor, actions, authorize, staffPermissions } from './permissions.js';
import { type StaffRole, staffRoles } from './roles.js';

const organisationId = 'org-1';
const staff = (...roles: StaffRole[]): Actor => ({ kind: 'staff', userId: 'u', organisationId, roles });
const patient: Actor = { kind: 'patient', userId: 'p-user', organisationId, patientId: 'p-1' };

describe('authorize', () => {
  it.each([
    ['front desk finds patients', staff('front-desk'), 'patient.search', 'allow'],
    ['front desk cannot read a chart', staff('front-desk'), 'patient.read', 'deny'],
    ['a nurse reads a chart', staff('nurse'), 'patient.read', 'allow'],
    ['a therapist cannot change demographics', staff('therapist'), 'patient.update', 'deny'],
    ['an admin manages users', staff('admin'), 'user.manage', 'allow'],
    ['an admin does not read charts', staff('admin'), 'patient.read', 'deny'],
    ['only the medical director archives', staff('prescriber'), 'patient.archive', 'deny'],
    ['roles add up', staff('front-desk', 'nurse'), 'patient.read', 'allow'],
    ['no role, no access', staff(), 'patient.search', 'deny'],
    ['a patient reads a record (their own, by scope)', patient, 'patient.read', 'allow'],
    ['a patient cannot search', patient, 'patient.search', 'deny'],
    ['a patient cannot read the audit trail', patient, 'audit.read', 'deny'],
    ['a nurse checks eligibility', staff('nurse'), 'eligibility.check', 'allow'],
    ['a nurse cannot decide eligibility', staff('nurse'), 'eligibility.decide', 'deny'],
    ['a prescriber decides eligibility', staff('prescriber'), 'eligibility.decide', 'allow'],
    ['a prescriber cannot override an absolute contraindication', staff('prescriber'), 'eligibility.override-absolute', 'deny'],
    ['the medical director overrides an absolute contraindication', staff('medical-director'), 'eligibility.override-absolute', 'allow'],
    ['a nurse cannot write the treatment plan', staff('nurse'), 'plan.manage', 'deny'],
    ['a therapist reads the treatment plan', staff('therapist'), 'plan.read', 'allow'],
    ['a patient signs their consent', patient, 'consent.sign', 'allow'],
    ['a patient cannot countersign', patient, 'consent.countersign', 'deny'],
    ['front desk cannot read intake', staff('front-desk'), 'intake.read', 'deny'],
  ] as [string, Actor, Action, 'allow' | 'deny'][])('%s', (_label, actor, action, expected) => {
    expect(authorize(actor, action).kind).toBe(expected);
  });

  it('denies everything in another organisation, whatever the role', () => {
    for (const action of actions) {
      expect(authorize(staff(...staffRoles), action, { organisationId: 'org-2' })).toEqual({ kind: 'deny', reason: 'other-organisation' });
    }
  });

  it('names only known actions in the table', () => {
    for (const permitted of Object.values(staffPermissions)) for (const action of permitted) expect(actions).toContain(action);
  });
});
