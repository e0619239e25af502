import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../../domain/access/permissions.js';
import { calculateDose } from '../../../domain/dosing/calculate-dose.js';
import { doseInputSchema } from '../../../domain/dosing/dose-input.js';
import { deviceAdministrationProblem } from '../../../domain/sessions/esketamine-devices.js';
import { observationConcern, observationLabel } from '../../../domain/sessions/observation-scales.js';
import { evaluateVitals } from '../../../domain/sessions/vital-thresholds.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { reconcileSession } from '../../../domain/ledger/reconciliation.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { sessionLedgerTotals } from '../../../db/repos/ledger-repo.js';
import { insertBodyMeasurement } from '../../../db/repos/patients-repo.js';
import {
  insertAddendum,
  insertDeviceAdministration,
  insertEvent,
  insertObservation,
  insertVitals,
  recordEventAction,
  signEvent,
  updateSession,
} from '../../../db/repos/treatment-sessions-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { validateWith } from '../../plugins/validate-with.js';
import { changeSession } from './change-session.js';
import { drawnFromContainer } from './drawn-from-container.js';
import { baselineReading, loadSessionContext, toReading } from './session-context.js';
import { sessionStatus } from './session-status.js';
import { sessionView } from './session-view.js';
import {
  addendumBodySchema,
  adverseEventBodySchema,
  dischargeBodySchema,
  doseBodySchema,
  eventActionBodySchema,
  eventIdParamsSchema,
  observationBodySchema,
  sessionIdParamsSchema,
  sessionResponseSchema,
  signBodySchema,
  vitalsBodySchema,
} from './sessions.schemas.js';

const charting = ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready'];

/** What is charted during a session: vitals (checked against the thresholds), observations, devices, events, the dose, discharge and sign-off. */
export const sessionChartingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const route = { params: sessionIdParamsSchema, response: { 200: sessionResponseSchema } };

  app.post(
    '/sessions/:sessionId/vitals',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Record vital signs (one reading, or many from a monitor export); each crossing opens an event', body: vitalsBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      const scope = scopeOf(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        if (!charting.includes(context.session.state)) throw new AppError('CONFLICT', `Vital signs are charted while the patient is on the floor, not when the session is ${context.session.state}.`);
        const baseline = baselineReading(context.chart.vitals, context.session.dosingStartedAt);
        const saved = await insertVitals(
          tx,
          scope,
          request.body.readings.map(({ measuredAt, ...reading }) => ({
            sessionId: context.session.id,
            measuredAt: measuredAt ? new Date(measuredAt) : now,
            systolicMmHg: reading.systolicMmHg ?? null,
            diastolicMmHg: reading.diastolicMmHg ?? null,
            heartRateBpm: reading.heartRateBpm ?? null,
            spo2Percent: reading.spo2Percent ?? null,
            respiratoryRatePerMin: reading.respiratoryRatePerMin ?? null,
            source: request.body.source,
            recordedByUserId: actor.userId,
            recordedAt: now,
          })),
        );
        let crossings = 0;
        for (const vital of saved) {
          // Before dosing there is no baseline to rise from; the fixed lines still apply.
          const against = context.session.dosingStartedAt ? baseline : null;
          for (const crossing of evaluateVitals(toReading(vital), against, context.thresholds)) {
            crossings += 1;
            await insertEvent(tx, scope, { sessionId: context.session.id, kind: 'threshold', level: crossing.level, signal: crossing.signal, value: crossing.value, message: crossing.message, vitalId: vital.id, occurredAt: vital.measuredAt, reportedByUserId: actor.userId });
          }
        }
        return { audit: { action: 'session.vitals', details: { readings: saved.length, crossings } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/observations',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Rate dissociation (0–4) or sedation (MOAA/S)', body: observationBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      const scope = scopeOf(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        if (!charting.includes(context.session.state)) throw new AppError('CONFLICT', 'Observations are charted while the patient is on the floor.');
        const observedAt = request.body.observedAt ? new Date(request.body.observedAt) : now;
        await insertObservation(tx, scope, { sessionId: context.session.id, kind: request.body.kind, value: request.body.value, observedAt, recordedByUserId: actor.userId });
        const concern = observationConcern(request.body.kind, request.body.value);
        if (concern !== 'none') {
          const label = observationLabel(request.body.kind, request.body.value) ?? String(request.body.value);
          await insertEvent(tx, scope, { sessionId: context.session.id, kind: 'observation', level: concern, signal: request.body.kind, value: request.body.value, message: `${request.body.kind === 'moaas' ? 'Sedation (MOAA/S)' : 'Dissociation'}: ${label}.`, occurredAt: observedAt, reportedByUserId: actor.userId });
        }
        return { audit: { action: 'session.observation', details: { kind: request.body.kind, value: request.body.value } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/devices',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Esketamine: record the next nasal device given (5 minutes apart)', ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        if (context.session.route !== 'intranasal-esketamine') throw new AppError('CONFLICT', 'Devices are recorded for intranasal esketamine only.');
        if (context.session.state !== 'dosing') throw new AppError('CONFLICT', 'Start dosing first.');
        const planned = (context.session.dose as { result?: { devices?: number } } | null)?.result?.devices ?? 0;
        const problem = deviceAdministrationProblem(context.chart.devices.map((device) => device.administeredAt), now, planned);
        if (problem) throw new AppError('CONFLICT', problem);
        await insertDeviceAdministration(tx, scopeOf(request), { sessionId: context.session.id, deviceNumber: context.chart.devices.length + 1, administeredAt: now, byUserId: actor.userId });
        return { audit: { action: 'session.device', details: { device: context.chart.devices.length + 1 } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/adverse-events',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Record an adverse event with severity, action and outcome; serious ones are flagged for reporting', body: adverseEventBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      const body = request.body;
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        await insertEvent(tx, scopeOf(request), {
          sessionId: context.session.id,
          kind: 'adverse-event',
          level: body.severity,
          serious: body.serious,
          signal: 'adverse-event',
          message: body.description,
          occurredAt: body.occurredAt ? new Date(body.occurredAt) : now,
          reportedByUserId: actor.userId,
          ...(body.actionNote ? { actionNote: body.actionNote, outcome: body.outcome ?? null, actionByUserId: actor.userId, actionAt: now } : {}),
        });
        return { audit: { action: 'session.adverse-event', details: { severity: body.severity, serious: body.serious } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/events/:eventId/action',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Write what was done about an event (once)', params: eventIdParamsSchema, body: eventActionBodySchema, response: { 200: sessionResponseSchema } } },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        const written = await recordEventAction(tx, scopeOf(request), context.session.id, request.params.eventId, { note: request.body.actionNote, outcome: request.body.outcome ?? null, userId: actor.userId, at: now });
        if (!written) throw new AppError('CONFLICT', 'This event is unknown or already has its action note.');
        return { audit: { action: 'session.event-action', details: { event: request.params.eventId } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/events/:eventId/sign',
    { config: { access: { kind: 'action', action: 'session.sign' } }, schema: { tags: ['sessions'], summary: 'The prescriber signs the actions taken on a stop-level event', params: eventIdParamsSchema, response: { 200: sessionResponseSchema } } },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        if (!(await signEvent(tx, scopeOf(request), context.session.id, request.params.eventId, actor.userId, now))) throw new AppError('CONFLICT', 'This event is unknown, has no action note yet, or is already signed.');
        return { audit: { action: 'session.event-sign', details: { event: request.params.eventId } } };
      });
    },
  );

  app.put(
    '/sessions/:sessionId/dose',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: "Calculate today's dose from today's weight and the plan, and record the product drawn", body: doseBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      const body = request.body;
      const scope = scopeOf(request);
      return changeSession(deps, request, request.params.sessionId, body.revision, async (tx, context, now) => {
        if (!['checked-in', 'ready'].includes(context.session.state)) throw new AppError('CONFLICT', 'The dose is recorded before dosing starts.');
        const { protocol, patient } = context;
        const dosing = protocol.dosing;
        const plannedDose = context.plan.sessions.find((session) => session.sequence === context.session.planSequence)?.dose;
        const doseChoice = body.doseMgPerKg !== undefined ? { doseMgPerKg: body.doseMgPerKg } : body.doseMg !== undefined ? { doseMg: body.doseMg } : plannedDose && 'mgPerKg' in plannedDose ? { doseMgPerKg: plannedDose.mgPerKg } : { doseMg: plannedDose && 'mg' in plannedDose ? plannedDose.mg : 0 };
        const sex = patient.sexAtBirth === 'female' || patient.sexAtBirth === 'male' ? patient.sexAtBirth : undefined;
        const latestHeight = patient.bodyMeasurements.find((measurement) => measurement.heightCm !== null)?.heightCm ?? undefined;
        const basis = dosing.mode === 'per-kg' && dosing.weightBasis !== 'actual' && sex && latestHeight ? dosing.weightBasis : 'actual';
        const esketamine = protocol.route === 'intranasal-esketamine';
        if (body.drawn.containerId) body.drawn = { ...body.drawn, ...(await drawnFromContainer(tx, scope, context.session, body.drawn.containerId, esketamine, now)) };
        const input = validateWith(
          doseInputSchema,
          {
            route: protocol.route,
            ...doseChoice,
            ...(esketamine ? {} : body.weightKg !== undefined ? { weightKg: body.weightKg } : {}),
            ...(basis !== 'actual' ? { weightBasis: basis, heightCm: latestHeight, sexAtBirth: sex } : {}),
            ...(body.drawn.concentrationMgPerMl !== undefined && !esketamine ? { concentrationMgPerMl: body.drawn.concentrationMgPerMl } : {}),
            ...(protocol.route === 'iv' && dosing.mode === 'per-kg' && dosing.diluentMl !== undefined ? { diluentMl: dosing.diluentMl } : {}),
            ...(protocol.route === 'iv' && dosing.mode === 'per-kg' && dosing.infusionMinutes !== undefined ? { infusionMinutes: dosing.infusionMinutes } : {}),
            limits: esketamine ? { maxMg: protocol.limits.maxMg } : protocol.limits,
          },
          'body',
        );
        const result = calculateDose(input);
        const drawnMg = esketamine ? (body.drawn.devices ?? 0) * 28 : (body.drawn.concentrationMgPerMl ?? 0) * (body.drawn.volumeMl ?? 0);
        if (drawnMg + 0.05 < result.doseMg) {
          throw new AppError('VALIDATION', `The product drawn (${Math.round(drawnMg * 10) / 10} mg) is less than the dose (${result.doseMg} mg).`, [{ in: 'body', pointer: esketamine ? '/drawn/devices' : '/drawn/volumeMl', detail: 'Less than the dose' }]);
        }
        if (body.weightKg !== undefined) await insertBodyMeasurement(tx, scope, patient.id, { measuredAt: now, weightKg: body.weightKg });
        await updateSession(tx, scope, context.session.id, { dose: { input, result, drawn: { ...body.drawn, mg: Math.round(drawnMg * 10) / 10 }, recordedByUserId: actor.userId, recordedAt: now.toISOString() }, doseVerifiedByUserId: null });
        return { audit: { action: 'session.dose', details: { doseMg: result.doseMg, blocked: result.blocked } } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/dose/verify',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'A second clinician verifies a dose above the protocol maximum', ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context) => {
        const dose = context.session.dose as { recordedByUserId?: string } | null;
        if (!dose) throw new AppError('CONFLICT', 'No dose has been recorded.');
        if (dose.recordedByUserId === actor.userId) throw new AppError('FORBIDDEN', 'The verifying clinician must be someone other than the one who recorded the dose.');
        if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'Only a clinician verifies a dose.');
        await updateSession(tx, scopeOf(request), context.session.id, { doseVerifiedByUserId: actor.userId });
        return { audit: { action: 'session.dose-verify' } };
      });
    },
  );

  app.put(
    '/sessions/:sessionId/discharge',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Chart the discharge checklist', body: dischargeBodySchema, ...route } },
    async (request) =>
      changeSession(deps, request, request.params.sessionId, request.body.revision, async (tx, context) => {
        if (!['monitoring', 'discharge-ready'].includes(context.session.state)) throw new AppError('CONFLICT', 'The discharge checklist is charted after dosing.');
        await updateSession(tx, scopeOf(request), context.session.id, { discharge: { ...context.session.discharge, ...request.body.checklist } });
        return { audit: { action: 'session.discharge-checklist' } };
      }),
  );

  app.post(
    '/sessions/:sessionId/sign',
    { config: { access: { kind: 'action', action: 'session.sign' } }, schema: { tags: ['sessions'], summary: 'The supervising prescriber signs the session note; it cannot change afterwards', body: signBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      return changeSession(deps, request, request.params.sessionId, undefined, async (tx, context, now) => {
        const { session } = context;
        if (session.state !== 'discharged' && session.state !== 'stopped') throw new AppError('CONFLICT', 'A session is signed after discharge (or after it was stopped).');
        if (session.supervisingPrescriberUserId && session.supervisingPrescriberUserId !== actor.userId) throw new AppError('FORBIDDEN', 'Only the supervising prescriber signs this session.');
        const unsigned = context.chart.events.filter((event) => event.level === 'stop' && event.prescriberSignedAt === null);
        if (unsigned.length > 0) throw new AppError('CONFLICT', `Sign the actions on ${unsigned.length} stop-level event(s) first.`);
        if (authorize(actor, 'session.sign').kind !== 'allow') throw new AppError('FORBIDDEN', 'Only a prescriber signs a session.');
        await requireCredentials(tx, scopeOf(request), 'session.sign', { userId: actor.userId, locationId: session.locationId, now });
        const drawnMg = (session.dose as { drawn?: { mg?: number } } | null)?.drawn?.mg;
        if (session.dosingStartedAt && drawnMg !== undefined) {
          // Every milligram drawn is administered or wasted with a witness before the note is signed (SPEC.md §3.4).
          const totals = await sessionLedgerTotals(tx, scopeOf(request), session.id);
          const reconciled = reconcileSession({ drawnMg, administeredMg: totals.administeredMg, wastedMg: totals.wastedMg, wasteWitnessed: true });
          if (reconciled.kind === 'unreconciled') throw new AppError('TREATMENT_BLOCKED', `The controlled-substance record does not balance: ${reconciled.problems.map((problem) => problem.message).join(' ')}`, [], { blockers: reconciled.problems });
        }
        await updateSession(tx, scopeOf(request), session.id, { note: request.body.note, signedByUserId: actor.userId, signedAt: now, supervisingPrescriberUserId: session.supervisingPrescriberUserId ?? actor.userId });
        return { audit: { action: 'session.sign' } };
      });
    },
  );

  app.post(
    '/sessions/:sessionId/addenda',
    { config: { access: { kind: 'action', action: 'session.chart' } }, schema: { tags: ['sessions'], summary: 'Add an addendum to a signed session (author and time kept)', body: addendumBodySchema, ...route } },
    async (request) => {
      const { actor } = requireAuth(request);
      const scope = scopeOf(request);
      const now = deps.now();
      return deps.database.db.transaction(async (tx) => {
        const context = await loadSessionContext(tx, scope, request.params.sessionId, { forUpdate: true });
        if (!context.session.signedAt) throw new AppError('CONFLICT', 'Before sign-off, change the note itself; addenda are for signed sessions.');
        await insertAddendum(tx, scope, { sessionId: context.session.id, text: request.body.text, authorUserId: actor.userId, writtenAt: now });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'session.addendum', outcome: 'success', patientId: context.session.patientId, entity: { type: 'treatment-session', id: context.session.id } }, now);
        const fresh = await loadSessionContext(tx, scope, context.session.id);
        return sessionView(tx, fresh, await sessionStatus(tx, scope, fresh, now));
      });
    },
  );
};
