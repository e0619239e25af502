import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../domain/shared/app-error.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { countOpenSafetyTasks, listSafetyTasks, resolveSafetyTask } from '../../../db/repos/safety-tasks-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, requireAuth, scopeOf } from '../../plugins/request-auth.js';
import { resolveSafetyTaskBodySchema, safetyTaskIdParamsSchema, safetyTaskListQuerySchema, safetyTaskListSchema } from './safety.schemas.js';

/** The safety task queue of the suicide-risk pathway: most urgent first, each response documented. */
export const safetyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/safety-tasks',
    {
      config: { access: { kind: 'action', action: 'safety.manage' } },
      schema: { tags: ['safety'], summary: 'Safety tasks, most urgent first', querystring: safetyTaskListQuerySchema, response: { 200: safetyTaskListSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const tasks = await db.transaction(async (tx) => {
        const found = await listSafetyTasks(tx, scope, request.query.status === 'open');
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'safety.list', outcome: 'success', details: { results: found.length, patientIds: [...new Set(found.map((task) => task.patientId))].join(',') } }, now);
        return found;
      });
      return { tasks: tasks.map((task) => ({ ...task, overdue: task.resolvedAt === null && new Date(task.dueAt).getTime() < now.getTime() })) };
    },
  );

  app.get(
    '/safety-tasks/summary',
    {
      config: { access: { kind: 'action', action: 'safety.manage' } },
      schema: { tags: ['safety'], summary: 'How many tasks are open and overdue (numbers only: not audited as a reading of patient data)', response: { 200: z.object({ open: z.number().int(), overdue: z.number().int() }) } },
    },
    async (request) => countOpenSafetyTasks(db, scopeOf(request), deps.now()),
  );

  app.post(
    '/safety-tasks/:taskId/resolve',
    {
      config: { access: { kind: 'action', action: 'safety.manage' } },
      schema: { tags: ['safety'], summary: 'Document the response to a safety task and close it', params: safetyTaskIdParamsSchema, body: resolveSafetyTaskBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const scope = { organisationId: actor.organisationId };
      const now = deps.now();
      const resolved = await db.transaction(async (tx) => {
        const patientId = await resolveSafetyTask(tx, scope, request.params.taskId, actor.userId, request.body, now);
        if (!patientId) return false;
        await appendAuditEvent(
          tx,
          scope,
          { ...auditContext(request), action: 'safety.resolved', outcome: 'success', entity: { type: 'safety-task', id: request.params.taskId }, patientId, details: { disposition: request.body.disposition } },
          now,
        );
        return true;
      });
      if (!resolved) throw new AppError('NOT_FOUND', 'No open safety task with that id.');
      return reply.status(204).send(null);
    },
  );
};
