import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { credentialRuleSchema, credentialRuleSetSchema, defaultCredentialRules } from '../../../domain/credentials/credential-rules.js';
import { appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { readCredentialRules, writeCredentialRules } from '../../../db/repos/credentials-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';

const rulesResponseSchema = z.object({ rules: z.array(credentialRuleSchema), defaults: z.array(credentialRuleSchema) });

/** Which credentials each action needs, as clinic data (domain/credentials/credential-rules.ts has the defaults). */
export const credentialRuleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/credentials/rules',
    { config: { access: { kind: 'action', action: 'credential.manage' } }, schema: { tags: ['credentials'], summary: 'The credential rules in force, and the built-in defaults', response: { 200: rulesResponseSchema } } },
    async (request) => ({ rules: [...(await readCredentialRules(db, scopeOf(request)))], defaults: [...defaultCredentialRules] }),
  );

  app.put(
    '/credentials/rules',
    {
      config: { access: { kind: 'action', action: 'credential.manage' } },
      schema: { tags: ['credentials'], summary: 'Change which credentials each action needs (switch a rule off, widen the licence types)', body: z.object({ rules: credentialRuleSetSchema }).strict(), response: { 200: rulesResponseSchema } },
    },
    async (request) => {
      const scope = scopeOf(request);
      const now = deps.now();
      const { rules } = request.body;
      await db.transaction(async (tx) => {
        await writeCredentialRules(tx, scope, rules, now);
        await appendAuditEvent(tx, scope, { ...auditContext(request), action: 'credential.rules.update', outcome: 'success', details: { enabled: rules.filter((rule) => rule.enabled).map((rule) => rule.action).join(' ') } }, now);
      });
      return { rules: [...(await readCredentialRules(db, scope))], defaults: [...defaultCredentialRules] };
    },
  );
};
