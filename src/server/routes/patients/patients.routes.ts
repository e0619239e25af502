import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { archivePatient, findPatientChart, insertPatient, searchPatients, updatePatientDemographics } from '../../../db/repos/patients-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, readScopeOf, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import {
  createPatientBodySchema,
  createPatientResponseSchema,
  patientChartSchema,
  patientIdParamsSchema,
  patientSearchQuerySchema,
  patientSearchResponseSchema,
  updatePatientBodySchema,
} from './patients.schemas.js';

const notFound = () => new AppError('NOT_FOUND', 'No such patient.');

/** Every read and write of patient data writes one audit entry in the same transaction; no entry, no data. */
export const patientRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/patients',
    {
      config: { access: { kind: 'action', action: 'patient.search' } },
      schema: { tags: ['patients'], summary: 'Find patients by name prefix, MRN or date of birth', querystring: patientSearchQuerySchema, response: { 200: patientSearchResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { q, limit, offset, includeArchived } = request.query;
      return db.transaction(async (tx) => {
        const result = await searchPatients(tx, scope, { query: q, limit, offset, includeArchived: includeArchived === 'true' });
        // ONC (d)(2): a search discloses the patients it lists, so the entry names them.
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: 'patient.search', outcome: 'success', details: { results: result.patients.length, patientIds: result.patients.map((patient) => patient.id).join(',') } },
          deps.now(),
        );
        return { ...result, limit, offset };
      });
    },
  );

  app.post(
    '/patients',
    {
      config: { access: { kind: 'action', action: 'patient.create' } },
      schema: { tags: ['patients'], summary: 'Register a patient', body: createPatientBodySchema, response: { 201: createPatientResponseSchema } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const { homeLocationId } = request.body;
      if (homeLocationId && !(await listClinicLocations(db, scope)).some((location) => location.id === homeLocationId)) {
        throw new AppError('VALIDATION', 'The home location is not one of this clinic’s locations.', [{ in: 'body', pointer: '/homeLocationId', detail: 'Not a location of this clinic' }]);
      }
      const created = await db.transaction(async (tx) => {
        const row = await insertPatient(tx, scope, request.body, now);
        if (!row) return undefined;
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'patient.create', outcome: 'success', entity: { type: 'patient', id: row.id }, patientId: row.id }, now);
        return row;
      });
      if (!created) throw new AppError('CONFLICT', 'Another patient already has this MRN.', [{ in: 'body', pointer: '/mrn', detail: 'Already in use' }]);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/patients/:patientId',
    {
      config: { access: { kind: 'action', action: 'patient.read' } },
      schema: { tags: ['patients'], summary: "A patient's record", params: patientIdParamsSchema, response: { 200: patientChartSchema } },
    },
    async (request) => {
      const scope = readScopeOf(request);
      const { patientId } = request.params;
      const chart = await db.transaction(async (tx) => {
        const found = await findPatientChart(tx, scope, patientId);
        if (!found) return undefined;
        const grant = found.viaBreakGlass ? requireAuth(request).breakGlass.find((candidate) => candidate.patientId === patientId) : undefined;
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: 'patient.read', outcome: 'success', entity: { type: 'patient', id: patientId }, patientId, breakGlass: found.viaBreakGlass, reason: grant?.reason ?? null },
          deps.now(),
        );
        return found;
      });
      if (!chart) throw notFound();
      return chart;
    },
  );

  app.put(
    '/patients/:patientId',
    {
      config: { access: { kind: 'action', action: 'patient.update' } },
      schema: { tags: ['patients'], summary: "Replace a patient's demographics", params: patientIdParamsSchema, body: updatePatientBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      const updated = await db.transaction(async (tx) => {
        if (!(await updatePatientDemographics(tx, scope, patientId, request.body, now))) return false;
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: 'patient.update', outcome: 'success', entity: { type: 'patient', id: patientId }, patientId, details: { fields: Object.keys(request.body).sort().join(',') } },
          now,
        );
        return true;
      });
      if (!updated) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/patients/:patientId/archive',
    {
      config: { access: { kind: 'action', action: 'patient.archive' } },
      schema: { tags: ['patients'], summary: 'Archive a patient (records are never deleted)', params: patientIdParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { patientId } = request.params;
      const now = deps.now();
      const archived = await db.transaction(async (tx) => {
        if (!(await archivePatient(tx, scope, patientId, now))) return false;
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'patient.archive', outcome: 'success', entity: { type: 'patient', id: patientId }, patientId }, now);
        return true;
      });
      if (!archived) throw notFound();
      return reply.status(204).send(null);
    },
  );
};
