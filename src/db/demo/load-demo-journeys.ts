import { defaultEligibilityRules } from '../../domain/eligibility/default-eligibility-rules.js';
import { evaluateEligibility } from '../../domain/eligibility/evaluate-eligibility.js';
import { eligibilityFactsFromRecord } from '../../domain/intake/eligibility-facts.js';
import { intakeConfidentiality } from '../../domain/intake/intake-progress.js';
import { assessmentConfidentiality } from '../../domain/instruments/confidentiality.js';
import { defaultOpeningHours } from '../../domain/protocols/opening-hours.js';
import { defaultProtocols } from '../../domain/protocols/default-protocols.js';
import { proposeSeries } from '../../domain/protocols/propose-series.js';
import { ageInYears } from '../../domain/patients/patient.js';
import type { Database } from '../database.js';
import { insertAssessment } from '../repos/assessments-repo.js';
import { countersignConsent, insertConsentSignature, listCurrentConsentDocuments } from '../repos/consent-repo.js';
import { insertEligibilityDecision } from '../repos/eligibility-repo.js';
import { lockOrCreateIntake, saveIntakeSections } from '../repos/intake-repo.js';
import type { OrganisationScope } from '../repos/organisations-repo.js';
import { findPatientChart } from '../repos/patients-repo.js';
import { saveRemsCertification, saveRemsEnrolment } from '../repos/rems-repo.js';
import { insertTreatmentPlan, setPlanStatus } from '../repos/treatment-plans-repo.js';
import { demoAnswers } from './demo-answers.js';
import { demoJourneys } from './demo-journeys.js';

// A 1×1 PNG standing in for a drawn signature: the demo has no real signatures.
const demoSignatureImage = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const day = 86_400_000;

export interface DemoStaffIds {
  prescriber: string;
  nurse: string;
  therapist: string;
  admin: string;
}

/** Takes the newly created demo patients through intake, baselines, decisions, consent, REMS and plans. */
export async function loadDemoJourneys(tx: Database, scope: OrganisationScope, patientIdsByMrn: ReadonlyMap<string, string>, staff: DemoStaffIds, firstLocationId: string, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  for (const journey of demoJourneys) {
    const patientId = patientIdsByMrn.get(journey.mrn);
    if (!patientId) continue;
    const intake = await lockOrCreateIntake(tx, scope, patientId, staff.nurse, now);
    await saveIntakeSections(tx, scope, intake.id, { sections: journey.intake, confidentiality: intakeConfidentiality(journey.intake), userId: staff.nurse, now, complete: journey.intakeComplete });
    for (const [instrumentId, total, daysAgo] of journey.assessments) {
      const { answers, result } = demoAnswers(instrumentId, total);
      const first = journey.assessments.find(([id]) => id === instrumentId)![2] === daysAgo;
      await insertAssessment(
        tx,
        scope,
        { patientId, answers, context: {}, result, purpose: first ? 'baseline' : 'routine', enteredBy: 'clinician', enteredByUserId: staff.nurse, completedAt: new Date(now.getTime() - daysAgo * day), confidentiality: assessmentConfidentiality(instrumentId) },
        now,
      );
    }
    const chart = (await findPatientChart(tx, scope, patientId))!;
    if (journey.decision) {
      const facts = eligibilityFactsFromRecord({ dateOfBirth: chart.dateOfBirth, sexAtBirth: chart.sexAtBirth, intake: journey.intake, problems: chart.problems, allergies: chart.allergies, medications: chart.medications, cssrsRisk: 'none' }, journey.decision.route, today);
      const evaluated = evaluateEligibility(facts, defaultEligibilityRules);
      await insertEligibilityDecision(
        tx,
        scope,
        { patientId, route: journey.decision.route, decision: 'proceed', evaluatedDecision: evaluated.decision, override: evaluated.decision === 'eligible' ? 'none' : 'relative', justification: evaluated.decision === 'eligible' ? null : 'Demo: reviewed with the patient.', facts, reasons: evaluated.reasons, ruleSetVersion: 0, decidedByUserId: staff.prescriber, confidentiality: 'normal' },
        new Date(now.getTime() - 22 * day),
      );
    }
    if (journey.consent) {
      const document = (await listCurrentConsentDocuments(tx, scope, now)).find((candidate) => candidate.kind === journey.consent)!;
      const signedAt = new Date(now.getTime() - 22 * day);
      const signatureId = await insertConsentSignature(tx, scope, { patientId, document, typedName: `${chart.givenName} ${chart.familyName}`, signatureImage: demoSignatureImage, signedVia: 'in-clinic', collectedByUserId: staff.nurse }, signedAt);
      await countersignConsent(tx, scope, patientId, signatureId, staff.prescriber, signedAt);
    }
    if (journey.remsEnrolled) {
      const signedOn = new Date(now.getTime() - 5 * day).toISOString().slice(0, 10);
      await saveRemsEnrolment(tx, scope, patientId, { remsPatientId: 'REMS-DEMO-0006', enrolledOn: signedOn, patientSignedOn: signedOn, prescriberSignedOn: signedOn, prescriberUserId: staff.prescriber }, now);
      await saveRemsCertification(tx, scope, firstLocationId, { authorisedRepresentative: 'Dr Demo Director', certifiedOn: '2026-01-15', remsSettingId: 'REMS-SETTING-DEMO' }, staff.admin, now);
    }
    if (journey.plan) {
      const protocol = defaultProtocols.find((candidate) => candidate.key === journey.plan!.protocolKey)!;
      const startDate = new Date(now.getTime() - journey.plan.startDaysAgo * day).toISOString().slice(0, 10);
      const proposed = proposeSeries({ protocol, startDate, openingHours: defaultOpeningHours, ageYears: ageInYears(chart.dateOfBirth, today), jurisdiction: 'US' });
      const startingDose = protocol.dosing.mode === 'per-kg' ? { mgPerKg: protocol.dosing.startMgPerKg } : { mg: protocol.dosing.startDoseMg };
      const planId = await insertTreatmentPlan(
        tx,
        scope,
        { patientId, route: protocol.route, indications: journey.intake.indications!.indications, protocolKey: protocol.key, protocolVersion: 0, protocol, startingDose, goals: journey.plan.goals, integrationTherapistUserId: staff.therapist, startDate, confidentiality: intakeConfidentiality(journey.intake), createdByUserId: staff.prescriber },
        proposed.map((session) => ({ sequence: session.sequence, plannedDate: session.date, startTime: session.startTime, phase: session.phase, dose: session.dose, note: session.note ?? null })),
        new Date(now.getTime() - (journey.plan.startDaysAgo + 1) * day),
      );
      if (journey.plan.status === 'active') await setPlanStatus(tx, scope, planId, { status: 'active', userId: staff.prescriber }, new Date(now.getTime() - journey.plan.startDaysAgo * day));
    }
  }
}
