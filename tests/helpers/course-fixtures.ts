import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { insertPatient } from '../../src/db/repos/patients-repo.js';
import { answerAll } from './answers.js';
import { completeIntakeSections, testSignatureImage } from './intake-fixtures.js';

export interface CourseCookies {
  nurse: string;
  prescriber: string;
}

/**
 * A synthetic patient on an active course of the given protocol, set up through the API as a clinic would:
 * intake, baseline measures, a decision to proceed, countersigned consent, REMS for esketamine, the plan.
 */
export async function patientOnActiveCourse(
  app: FastifyInstance,
  db: Database,
  organisationId: string,
  cookies: CourseCookies,
  options: { protocolKey: string; route: 'iv' | 'intranasal-esketamine'; consentKind: string; homeLocationId: string; dateOfBirth?: string; now: Date },
): Promise<{ patientId: string; planId: string }> {
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) => {
    const response = await app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const patientId = (await insertPatient(db, { organisationId }, { givenName: 'Sol', familyName: 'Sessiontest', dateOfBirth: options.dateOfBirth ?? '1982-04-04', sexAtBirth: 'male', homeLocationId: options.homeLocationId }, options.now))!.id;
  for (const [section, value] of Object.entries(completeIntakeSections)) if (section !== 'pregnancy') await call('PUT', `/api/patients/${patientId}/intake/sections/${section}`, cookies.nurse, { value });
  await call('POST', `/api/patients/${patientId}/intake/complete`, cookies.nurse);
  for (const [instrumentId, value] of [['cssrs-screener', 0], ['phq9', 2], ['qids-sr16', 2], ['madrs', 3]] as const) {
    await call('POST', `/api/patients/${patientId}/assessments`, cookies.nurse, { instrumentId, answers: answerAll(instrumentId, value), purpose: 'baseline' });
  }
  await call('POST', `/api/patients/${patientId}/eligibility-decisions`, cookies.prescriber, { route: options.route, decision: 'proceed' });
  const status = (await call('GET', `/api/patients/${patientId}/consents`, cookies.nurse)).statuses.find((entry: { kind: string }) => entry.kind === options.consentKind);
  const signed = await call('POST', `/api/patients/${patientId}/consents`, cookies.nurse, { documentId: status.currentDocumentId, typedName: 'Sol Sessiontest', signatureImage: testSignatureImage });
  await call('POST', `/api/patients/${patientId}/consents/${signed.signatures[0].id}/countersign`, cookies.prescriber);
  if (options.route === 'intranasal-esketamine') {
    const today = options.now.toISOString().slice(0, 10);
    await call('PUT', `/api/patients/${patientId}/rems-enrolment`, cookies.prescriber, { remsPatientId: 'REMS-TEST-SESSION', enrolledOn: today, patientSignedOn: today, prescriberSignedOn: today });
  }
  const plan = await call('POST', `/api/patients/${patientId}/treatment-plans`, cookies.prescriber, { protocolKey: options.protocolKey, startDate: options.now.toISOString().slice(0, 10), indications: ['treatment-resistant-depression'], goals: 'Synthetic test course.' });
  await call('POST', `/api/patients/${patientId}/treatment-plans/${plan.id}/activate`, cookies.prescriber);
  return { patientId, planId: plan.id };
}
