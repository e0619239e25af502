import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { readLedgerSettings, writeLedgerSettings } from '../../../db/repos/stock-repo.js';
import { deaRegistrations, storageLocations } from '../../../db/schema/index.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';
import { requireStockLocation } from './stock-context.js';
import { deaNumberSchema } from './stock.schemas.js';

const schedules = z.array(z.enum(['2', '2N', '3', '3N', '4', '5'])).min(1).max(6);
const registrationSchema = z.object({ id: z.uuid(), number: z.string(), schedules: z.array(z.string()), expiresOn: z.string() });
const locationSchema = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string(), registration: registrationSchema.nullable(), storage: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['safe', 'cabinet']) })) });

const settingsSchema = z
  .object({
    /** 21 U.S.C. 827(b), 21 CFR 1304.04(a): records are kept at least two years; a state may ask for more. */
    retentionYears: z.number().int().min(2, 'At least 2 years (21 CFR 1304.04(a))').max(50),
    countIntervalHours: z.number().int().min(1).max(24 * 31),
    expiryWarningDays: z.number().int().min(1).max(730),
    patientShipmentDays: z.number().int().min(1).max(90),
  })
  .strict();

/** Where stock may be held: each location's DEA registration (21 CFR 1301.12) and its safes (1301.75(b)), and the ledger's settings. */
export const stockSetupRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/controlled-substances/locations',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: 'Each location with its DEA registration and its safes and cabinets', response: { 200: z.object({ locations: z.array(locationSchema) }) } } },
    async (request) => {
      const scope = scopeOf(request);
      const [locations, registrations, storage] = await Promise.all([
        listClinicLocations(db, scope),
        db.select().from(deaRegistrations).where(eq(deaRegistrations.organisationId, scope.organisationId)).orderBy(asc(deaRegistrations.expiresOn)),
        db.select().from(storageLocations).where(eq(storageLocations.organisationId, scope.organisationId)).orderBy(asc(storageLocations.name)),
      ]);
      return {
        locations: locations.map((location) => {
          // The registration in force is the one that expires last.
          const registration = registrations.filter((row) => row.locationId === location.id).at(-1);
          return {
            id: location.id,
            name: location.name,
            timeZone: location.timeZone,
            registration: registration ? { id: registration.id, number: registration.number, schedules: registration.schedules, expiresOn: registration.expiresOn } : null,
            storage: storage.filter((row) => row.locationId === location.id).map((row) => ({ id: row.id, name: row.name, kind: row.kind })),
          };
        }),
      };
    },
  );

  app.post(
    '/controlled-substances/registrations',
    {
      config: { access: { kind: 'action', action: 'stock.configure' } },
      schema: { tags: ['controlled-substances'], summary: "Record a location's DEA registration", body: z.object({ locationId: z.uuid(), number: deaNumberSchema, schedules, expiresOn: z.iso.date() }).strict(), response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const id = await db.transaction(async (tx) => {
        await requireStockLocation(tx, scope, request.body.locationId);
        const [row] = await tx.insert(deaRegistrations).values({ organisationId: scope.organisationId, ...request.body }).returning({ id: deaRegistrations.id });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.registration.add', outcome: 'success', entity: { type: 'dea-registration', id: row!.id } }, now);
        return row!.id;
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/controlled-substances/storage-locations',
    {
      config: { access: { kind: 'action', action: 'stock.configure' } },
      schema: { tags: ['controlled-substances'], summary: 'Add a safe or locked cabinet at a location', body: z.object({ locationId: z.uuid(), name: z.string().trim().min(1).max(100), kind: z.enum(['safe', 'cabinet']) }).strict(), response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const id = await db.transaction(async (tx) => {
        await requireStockLocation(tx, scope, request.body.locationId);
        const [row] = await tx.insert(storageLocations).values({ organisationId: scope.organisationId, ...request.body }).returning({ id: storageLocations.id });
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.storage.add', outcome: 'success', entity: { type: 'storage-location', id: row!.id } }, now);
        return row!.id;
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/controlled-substances/settings',
    { config: { access: { kind: 'action', action: 'stock.read' } }, schema: { tags: ['controlled-substances'], summary: 'Record retention and alert settings', response: { 200: settingsSchema } } },
    async (request) => readLedgerSettings(db, scopeOf(request)),
  );

  app.put(
    '/controlled-substances/settings',
    { config: { access: { kind: 'action', action: 'stock.configure' } }, schema: { tags: ['controlled-substances'], summary: 'Change record retention (2 years at least) and alert settings', body: settingsSchema, response: { 200: settingsSchema } } },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      await db.transaction(async (tx) => {
        await writeLedgerSettings(tx, scope, request.body, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'stock.settings', outcome: 'success', details: request.body }, now);
      });
      return readLedgerSettings(db, scope);
    },
  );
};
