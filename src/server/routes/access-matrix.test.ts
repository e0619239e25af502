import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock, createTestApp } from '../../../tests/helpers/test-app.js';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../tests/helpers/test-sessions.js';
import { createTestUser } from '../../../tests/helpers/test-users.js';
import { type Action, type Actor, authorize } from '../../domain/access/permissions.js';
import { type StaffRole, staffRoles } from '../../domain/access/roles.js';
import { insertPatient } from '../../db/repos/patients-repo.js';
import type { RouteAccess } from '../plugins/route-access.js';

/**
 * The intended policy, route by route. A route added without a line here fails the first test; a line
 * whose declared access differs from the route's fails the second; then every route is called as every
 * identity and must be let through or refused exactly as `authorize` and this table say.
 */
const expectedAccess: Record<string, RouteAccess> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/site': { kind: 'public' },
  'POST /api/auth/sign-in': { kind: 'public' },
  'POST /api/auth/second-factor': { kind: 'second-factor' },
  'POST /api/auth/mfa/enrolment': { kind: 'second-factor' },
  'POST /api/auth/mfa/enrolment/confirm': { kind: 'second-factor' },
  'POST /api/auth/sign-out': { kind: 'second-factor' },
  'GET /api/auth/me': { kind: 'signed-in' },
  'GET /api/instruments': { kind: 'signed-in' },
  'GET /api/instruments/:instrumentId': { kind: 'signed-in' },
  'POST /api/instruments/:instrumentId/score': { kind: 'signed-in' },
  'POST /api/patients/:patientId/assessments': { kind: 'action', action: 'assessment.record' },
  'POST /api/me/assessments': { kind: 'action', action: 'assessment.self-report' },
  'GET /api/patients/:patientId/assessments': { kind: 'action', action: 'assessment.read' },
  'GET /api/safety-tasks': { kind: 'action', action: 'safety.manage' },
  'GET /api/safety-tasks/summary': { kind: 'action', action: 'safety.manage' },
  'GET /api/measurement-packs': { kind: 'action', action: 'assessment.read' },
  'PUT /api/measurement-packs': { kind: 'action', action: 'measurement.configure' },
  'GET /api/patients/:patientId/due-measures': { kind: 'action', action: 'assessment.read' },
  'GET /api/me/due-measures': { kind: 'action', action: 'assessment.self-report' },
  'GET /api/patients/:patientId/safety-plan': { kind: 'action', action: 'patient.read' },
  'PUT /api/patients/:patientId/safety-plan': { kind: 'action', action: 'safety.manage' },
  'POST /api/patients/:patientId/self-report-links': { kind: 'action', action: 'assessment.record' },
  'POST /api/self-report/open': { kind: 'public' },
  'PUT /api/self-report/draft': { kind: 'public' },
  'POST /api/self-report/submit': { kind: 'public' },
  'POST /api/safety-tasks/:taskId/resolve': { kind: 'action', action: 'safety.manage' },
  'POST /api/auth/invitation/accept': { kind: 'public' },
  'POST /api/auth/password-reset': { kind: 'public' },
  'POST /api/auth/password-reset/complete': { kind: 'public' },
  'POST /api/users': { kind: 'action', action: 'user.manage' },
  'PUT /api/users/:userId/roles': { kind: 'action', action: 'user.manage' },
  'GET /api/patients': { kind: 'action', action: 'patient.search' },
  'POST /api/patients': { kind: 'action', action: 'patient.create' },
  'GET /api/patients/:patientId': { kind: 'action', action: 'patient.read' },
  'PUT /api/patients/:patientId': { kind: 'action', action: 'patient.update' },
  'POST /api/patients/:patientId/archive': { kind: 'action', action: 'patient.archive' },
  'POST /api/patients/:patientId/break-glass': { kind: 'action', action: 'patient.break-glass' },
  'GET /api/break-glass': { kind: 'action', action: 'audit.read' },
  'POST /api/patients/:patientId/portal-invitation': { kind: 'action', action: 'patient.portal-invite' },
  'POST /api/patients/:patientId/problems': { kind: 'action', action: 'patient.update' },
  'POST /api/patients/:patientId/allergies': { kind: 'action', action: 'patient.update' },
  'POST /api/patients/:patientId/medications': { kind: 'action', action: 'patient.update' },
  'POST /api/patients/:patientId/body-measurements': { kind: 'action', action: 'patient.update' },
  'GET /api/users': { kind: 'action', action: 'user.list' },
  'GET /api/audit': { kind: 'action', action: 'audit.read' },
  'GET /api/audit/csv': { kind: 'action', action: 'audit.read' },
  'POST /api/users/:userId/disable': { kind: 'action', action: 'user.manage' },
  'POST /api/users/:userId/enable': { kind: 'action', action: 'user.manage' },
  'GET /api/patients/:patientId/intake': { kind: 'action', action: 'intake.read' },
  'PUT /api/patients/:patientId/intake/sections/:section': { kind: 'action', action: 'intake.record' },
  'POST /api/patients/:patientId/intake/complete': { kind: 'action', action: 'intake.record' },
  'GET /api/patients/:patientId/rems-enrolment': { kind: 'action', action: 'intake.read' },
  'PUT /api/patients/:patientId/rems-enrolment': { kind: 'action', action: 'rems.record' },
  'GET /api/consent-documents': { kind: 'action', action: 'consent.read' },
  'POST /api/consent-documents': { kind: 'action', action: 'consent.publish' },
  'GET /api/patients/:patientId/consents': { kind: 'action', action: 'consent.read' },
  'POST /api/patients/:patientId/consents': { kind: 'action', action: 'consent.sign' },
  'POST /api/patients/:patientId/consents/:consentId/countersign': { kind: 'action', action: 'consent.countersign' },
  'POST /api/patients/:patientId/consents/:consentId/revoke': { kind: 'action', action: 'consent.revoke' },
  'GET /api/protocols': { kind: 'action', action: 'protocol.read' },
  'PUT /api/protocols/:key': { kind: 'action', action: 'protocol.configure' },
  'PUT /api/locations/:locationId/opening-hours': { kind: 'action', action: 'protocol.configure' },
  'GET /api/therapists': { kind: 'action', action: 'plan.read' },
  'POST /api/patients/:patientId/treatment-plans/preview': { kind: 'action', action: 'plan.manage' },
  'POST /api/patients/:patientId/treatment-plans': { kind: 'action', action: 'plan.manage' },
  'GET /api/patients/:patientId/treatment-plans': { kind: 'action', action: 'plan.read' },
  'PUT /api/patients/:patientId/treatment-plans/:planId': { kind: 'action', action: 'plan.manage' },
  'POST /api/patients/:patientId/treatment-plans/:planId/activate': { kind: 'action', action: 'plan.manage' },
  'POST /api/patients/:patientId/treatment-plans/:planId/end': { kind: 'action', action: 'plan.manage' },
  'GET /api/patients/:patientId/treatment-readiness': { kind: 'action', action: 'plan.read' },
  'POST /api/patients/:patientId/sessions': { kind: 'action', action: 'session.chart' },
  'GET /api/patients/:patientId/sessions': { kind: 'action', action: 'session.read' },
  'GET /api/sessions/:sessionId': { kind: 'action', action: 'session.read' },
  'PUT /api/sessions/:sessionId/readiness': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/transitions': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/vitals': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/observations': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/devices': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/adverse-events': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/events/:eventId/action': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/events/:eventId/sign': { kind: 'action', action: 'session.sign' },
  'PUT /api/sessions/:sessionId/dose': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/dose/verify': { kind: 'action', action: 'session.chart' },
  'PUT /api/sessions/:sessionId/discharge': { kind: 'action', action: 'session.chart' },
  'POST /api/sessions/:sessionId/sign': { kind: 'action', action: 'session.sign' },
  'POST /api/sessions/:sessionId/addenda': { kind: 'action', action: 'session.chart' },
  'GET /api/sessions/:sessionId/rems-form': { kind: 'action', action: 'session.read' },
  'GET /api/sessions/:sessionId/rems-form.pdf': { kind: 'action', action: 'session.read' },
  'POST /api/sessions/:sessionId/rems-form/submission': { kind: 'action', action: 'session.chart' },
  'GET /api/rems-forms': { kind: 'action', action: 'session.read' },
  'POST /api/controlled-substances/products': { kind: 'action', action: 'stock.configure' },
  'GET /api/controlled-substances/stock': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/receipts': { kind: 'action', action: 'stock.handle' },
  'POST /api/controlled-substances/entries': { kind: 'action', action: 'stock.handle' },
  'GET /api/controlled-substances/ledger': { kind: 'action', action: 'stock.read' },
  'GET /api/controlled-substances/ledger/verify': { kind: 'action', action: 'audit.read' },
  'POST /api/controlled-substances/counts': { kind: 'action', action: 'stock.handle' },
  'GET /api/controlled-substances/cases': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/cases/:caseId/classify': { kind: 'action', action: 'stock.configure' },
  'GET /api/controlled-substances/reports/ledger': { kind: 'action', action: 'stock.read' },
  'GET /api/controlled-substances/reports/dispensing': { kind: 'action', action: 'stock.read' },
  'GET /api/controlled-substances/reports/inventory/:countId': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/cases/:caseId/filings': { kind: 'action', action: 'stock.configure' },
  'GET /api/controlled-substances/counts': { kind: 'action', action: 'stock.read' },
  'GET /api/controlled-substances/products': { kind: 'action', action: 'stock.read' },
  'GET /api/controlled-substances/locations': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/registrations': { kind: 'action', action: 'stock.configure' },
  'POST /api/controlled-substances/storage-locations': { kind: 'action', action: 'stock.configure' },
  'GET /api/controlled-substances/settings': { kind: 'action', action: 'stock.read' },
  'PUT /api/controlled-substances/settings': { kind: 'action', action: 'stock.configure' },
  'POST /api/controlled-substances/transfers': { kind: 'action', action: 'stock.handle' },
  'GET /api/controlled-substances/sessions/:sessionId/draw': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/sessions/:sessionId/account': { kind: 'action', action: 'stock.handle' },
  'GET /api/controlled-substances/alerts': { kind: 'action', action: 'stock.read' },
  'GET /api/floor': { kind: 'action', action: 'floor.view' },
  'GET /api/floor/stream': { kind: 'action', action: 'floor.view' },
  'GET /api/vital-thresholds': { kind: 'action', action: 'floor.view' },
  'PUT /api/vital-thresholds': { kind: 'action', action: 'protocol.configure' },
  'POST /api/dose/calculate': { kind: 'action', action: 'dose.calculate' },
  'POST /api/eligibility/check': { kind: 'action', action: 'eligibility.check' },
  'GET /api/eligibility-rules': { kind: 'action', action: 'eligibility.check' },
  'PUT /api/eligibility-rules': { kind: 'action', action: 'eligibility.configure' },
  'GET /api/patients/:patientId/eligibility': { kind: 'action', action: 'eligibility.check' },
  'GET /api/patients/:patientId/eligibility-decisions': { kind: 'action', action: 'intake.read' },
  'POST /api/patients/:patientId/eligibility-decisions': { kind: 'action', action: 'eligibility.decide' },
  'GET /api/rems-certifications': { kind: 'action', action: 'protocol.read' },
  'PUT /api/locations/:locationId/rems-certification': { kind: 'action', action: 'rems.configure' },
  'GET /api/public-page/settings': { kind: 'action', action: 'credential.manage' },
  'PUT /api/public-page/settings': { kind: 'action', action: 'credential.manage' },
  'GET /api/public/clinics/:slug': { kind: 'public' },
  'GET /api/staff/:userId/credentials': { kind: 'signed-in' },
  'POST /api/staff/:userId/credentials': { kind: 'action', action: 'credential.manage' },
  'PUT /api/credentials/:credentialId': { kind: 'action', action: 'credential.manage' },
  'POST /api/credentials/:credentialId/verifications': { kind: 'action', action: 'credential.manage' },
  'PUT /api/credentials/:credentialId/documents': { kind: 'action', action: 'credential.manage' },
  'GET /api/credentials/documents/:documentId': { kind: 'signed-in' },
  'GET /api/credentials/expiring': { kind: 'action', action: 'credential.manage' },
  'GET /api/credentials/rules': { kind: 'action', action: 'credential.manage' },
  'PUT /api/credentials/rules': { kind: 'action', action: 'credential.manage' },
  'GET /api/controlled-substances/registrations/:registrationId/handlers': { kind: 'action', action: 'stock.read' },
  'POST /api/controlled-substances/registrations/:registrationId/handlers': { kind: 'action', action: 'credential.manage' },
  'POST /api/controlled-substances/registrations/:registrationId/handlers/:userId/revoke': { kind: 'action', action: 'credential.manage' },
};

type Identity = 'anonymous' | StaffRole | 'patient';
const identities: Identity[] = ['anonymous', ...staffRoles, 'patient'];

describe('the access matrix: every route × every identity', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let routes: FastifyInstance['apiRoutes'] = [];
  const cookies = new Map<Identity, string>();
  const actors = new Map<Identity, Actor>();
  let patientId: string;
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    routes = app.apiRoutes;
    const clinic = await createTestClinic(database.db);
    const scope = { organisationId: clinic.id };
    patientId = (await insertPatient(database.db, scope, { givenName: 'Matrix', familyName: 'Demo', dateOfBirth: '1980-01-01', sexAtBirth: 'unknown' }, clock.now()))!.id;
    for (const role of staffRoles) {
      const user = await createTestUser(database.db, clinic, { roles: [role] });
      cookies.set(role, await sessionCookieFor(database.db, clinic.id, user.id, clock.now()));
      actors.set(role, { kind: 'staff', userId: user.id, organisationId: clinic.id, roles: [role] });
    }
    const patientUser = await createTestUser(database.db, clinic, { patientId });
    cookies.set('patient', await sessionCookieFor(database.db, clinic.id, patientUser.id, clock.now()));
    actors.set('patient', { kind: 'patient', userId: patientUser.id, organisationId: clinic.id, patientId });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('lists every API route, and nothing else', () => {
    expect(routes.map((route) => `${route.method} ${route.url}`).sort()).toEqual(Object.keys(expectedAccess).sort());
  });

  it('declares on each route the access the table expects', () => {
    for (const route of routes) expect(route.access, `${route.method} ${route.url}`).toEqual(expectedAccess[`${route.method} ${route.url}`]);
  });

  function expectedOutcome(access: RouteAccess, identity: Identity): 'allowed' | 401 | 403 {
    if (access.kind === 'public') return 'allowed';
    if (identity === 'anonymous') return 401;
    if (access.kind !== 'action') return 'allowed';
    return authorize(actors.get(identity)!, access.action as Action).kind === 'allow' ? 'allowed' : 403;
  }

  it('lets through or refuses each identity exactly as the policy says', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      // sign-out would end the session the next routes need; its access is the same as the other second-factor routes
      if (route.url === '/api/auth/sign-out') continue;
      for (const identity of identities) {
        // A stream that is let through never ends; only its refusals can be checked this way (floor.test.ts reads it).
        if (route.url === '/api/floor/stream' && expectedOutcome(route.access, identity) === 'allowed') continue;
        const url = route.url.replace(':patientId', patientId).replace(':userId', '00000000-0000-4000-8000-000000000000').replace(':instrumentId', 'gad7').replace(':taskId', '00000000-0000-4000-8000-000000000000').replace(':section', 'referral').replace(':locationId', '00000000-0000-4000-8000-000000000000').replace(':consentId', '00000000-0000-4000-8000-000000000000').replace(':planId', '00000000-0000-4000-8000-000000000000').replace(':key', 'iv-racemic-depression').replace(':sessionId', '00000000-0000-4000-8000-000000000000').replace(':eventId', '00000000-0000-4000-8000-000000000000').replace(':caseId', '00000000-0000-4000-8000-000000000000').replace(':credentialId', '00000000-0000-4000-8000-000000000000').replace(':documentId', '00000000-0000-4000-8000-000000000000').replace(':registrationId', '00000000-0000-4000-8000-000000000000');
        const cookie = cookies.get(identity);
        const response = await app.inject({ method: route.method as 'GET', url, headers: cookie ? { cookie } : {}, ...(route.method === 'GET' ? {} : { payload: {} }) });
        const actual = response.statusCode === 401 || response.statusCode === 403 ? response.statusCode : 'allowed';
        const expected = expectedOutcome(route.access, identity);
        if (actual !== expected) mismatches.push(`${route.method} ${route.url} as ${identity}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
