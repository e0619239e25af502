import { describe, expect, it } from 'vitest';
import { type CredentialAction, type CredentialFacts, type CredentialRule, type HeldCredential, credentialProblems, credentialRuleSetSchema, defaultCredentialRules } from './credential-rules.js';

const now = new Date('2026-11-30T14:00:00Z');
const md = (overrides: Partial<HeldCredential> = {}): HeldCredential => ({ kind: 'licence', type: 'MD', jurisdiction: 'IL', number: '036-123456', status: 'active', expiresAt: new Date('2027-07-31T05:00:00Z'), ...overrides });
const rn = (overrides: Partial<HeldCredential> = {}): HeldCredential => md({ type: 'RN', number: '041-998877', ...overrides });
const acls = (overrides: Partial<HeldCredential> = {}): HeldCredential => ({ kind: 'life-support', type: 'ACLS', jurisdiction: null, number: 'ECARD-1', status: 'active', expiresAt: new Date('2027-05-31T05:00:00Z'), ...overrides });
const registration = { number: 'BK1234563', schedules: ['3', '3N', '4', '5'], expiresOn: '2028-03-31' };
const facts = (overrides: Partial<CredentialFacts> = {}): CredentialFacts => ({ credentials: [], locationJurisdiction: 'IL', registration, authorisedHandler: true, ...overrides });
const codes = (action: CredentialAction, input: CredentialFacts, at = now, rules: readonly CredentialRule[] = defaultCredentialRules) => credentialProblems(rules, action, input, at).map((problem) => problem.code);

describe('credential rules', () => {
  it.each<[string, CredentialAction, CredentialFacts, string[]]>([
    ['a prescriber with an active MD licence in the state signs', 'session.sign', facts({ credentials: [md()] }), []],
    ['an NP licence counts as a prescriber licence', 'session.sign', facts({ credentials: [md({ type: 'NP' })] }), []],
    ['a licence in another state does not', 'session.sign', facts({ credentials: [md({ jurisdiction: 'WI' })] }), ['CREDENTIAL_MISSING']],
    ['an RN licence is not a prescriber licence', 'session.sign', facts({ credentials: [rn()] }), ['CREDENTIAL_MISSING']],
    ['an expired licence', 'session.sign', facts({ credentials: [md({ expiresAt: new Date('2026-11-30T13:59:59Z') })] }), ['CREDENTIAL_EXPIRED']],
    ['a suspended licence', 'session.sign', facts({ credentials: [md({ status: 'suspended' })] }), ['CREDENTIAL_INACTIVE']],
    ['an expired one and a renewed one: the renewed one counts', 'session.sign', facts({ credentials: [md({ expiresAt: new Date('2026-01-01T00:00:00Z') }), md({ number: '036-654321' })] }), []],
    ['the treatment order needs the same licence', 'plan.activate', facts({ credentials: [rn()] }), ['CREDENTIAL_MISSING']],
    ['starting an infusion with current ACLS', 'session.start-parenteral', facts({ credentials: [rn(), acls()] }), []],
    ['BLS is not ACLS', 'session.start-parenteral', facts({ credentials: [rn(), acls({ type: 'BLS' })] }), ['CREDENTIAL_MISSING']],
    ['ACLS expired', 'session.start-parenteral', facts({ credentials: [acls({ expiresAt: new Date('2026-11-01T05:00:00Z') })] }), ['CREDENTIAL_EXPIRED']],
    ['handling stock on the roster', 'stock.handle', facts(), []],
    ['handling stock off the roster', 'stock.handle', facts({ authorisedHandler: false }), ['NOT_AUTHORISED_HANDLER']],
    ['no current registration at the location', 'stock.handle', facts({ registration: null, authorisedHandler: false }), ['NO_REGISTRATION']],
    ['receiving needs Schedule III N (non-narcotic) on the registration', 'stock.receive', facts({ registration: { ...registration, schedules: ['3', '4', '5'] } }), ['REGISTRATION_SCHEDULE']],
    ['receiving with both', 'stock.receive', facts(), []],
    ['a nurse witnesses waste with her RN licence', 'stock.witness', facts({ credentials: [rn()] }), []],
    ['a therapist without a clinical licence cannot witness', 'stock.witness', facts({ credentials: [md({ type: 'LCSW' })] }), ['CREDENTIAL_MISSING']],
  ])('%s', (_name, action, input, expected) => {
    expect(codes(action, input)).toEqual(expected);
  });

  it('stops counting at the exact instant of expiry, and counts again when renewed', () => {
    const expiresAt = new Date('2026-11-30T18:00:00Z');
    const input = facts({ credentials: [acls({ expiresAt })] });
    expect(codes('session.start-parenteral', input, new Date(expiresAt.getTime() - 1))).toEqual([]);
    expect(codes('session.start-parenteral', input, expiresAt)).toEqual(['CREDENTIAL_EXPIRED']);
    expect(codes('session.start-parenteral', facts({ credentials: [acls({ expiresAt }), acls({ expiresAt: new Date('2028-11-30T18:00:00Z') })] }), expiresAt)).toEqual([]);
  });

  it('names the credential that is missing or expired', () => {
    expect(credentialProblems(defaultCredentialRules, 'session.sign', facts(), now)[0]!.message).toBe('This needs a current MD, DO, NP or PA licence in IL; none is on file for you.');
    expect(credentialProblems(defaultCredentialRules, 'session.start-parenteral', facts({ credentials: [acls({ expiresAt: new Date('2026-11-01T05:00:00Z') })] }), now)[0]!.message).toBe('Your ACLS certification (ECARD-1) expired on 2026-11-01T05:00:00.000Z.');
  });

  it('lets a clinic switch a rule off, and refuses a rule set that names an action twice', () => {
    const off = defaultCredentialRules.map((rule) => (rule.action === 'session.start-parenteral' ? { ...rule, enabled: false } : rule));
    expect(codes('session.start-parenteral', facts(), now, off)).toEqual([]);
    expect(credentialRuleSetSchema.safeParse([...defaultCredentialRules, defaultCredentialRules[0]]).success).toBe(false);
    expect(credentialRuleSetSchema.safeParse(defaultCredentialRules).success).toBe(true);
  });
});
