import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError } from '../domain/shared/app-error.js';
import type { AppDeps } from './app-deps.js';
import { registerAuthentication } from './plugins/authentication.js';
import { rateLimitStoreOptions } from './plugins/database-rate-limit-store.js';
import { registerOpenApi } from './plugins/openapi.js';
import { buildProblem, problemErrorHandler, sendProblem } from './plugins/problem.js';
import { generateRequestId } from './plugins/request-id.js';
import { type ApiRoute, collectApiRoute } from './plugins/route-access.js';
import { registerWebApp } from './plugins/web-app.js';
import { assessmentRoutes } from './routes/assessments/assessments.routes.js';
import { auditRoutes } from './routes/audit/audit.routes.js';
import { accountLinkRoutes } from './routes/auth/account-link.routes.js';
import { authRoutes } from './routes/auth/auth.routes.js';
import { healthRoutes } from './routes/health/health.routes.js';
import { instrumentRoutes } from './routes/instruments/instruments.routes.js';
import { breakGlassRoutes } from './routes/patients/break-glass.routes.js';
import { measurementPackRoutes } from './routes/measurement-packs/measurement-packs.routes.js';
import { patientListRoutes } from './routes/patients/patient-lists.routes.js';
import { patientRoutes } from './routes/patients/patients.routes.js';
import { portalInvitationRoutes } from './routes/patients/portal-invitation.routes.js';
import { safetyPlanRoutes } from './routes/safety/safety-plan.routes.js';
import { safetyRoutes } from './routes/safety/safety.routes.js';
import { consentRoutes } from './routes/consent/consent.routes.js';
import { dosingRoutes } from './routes/dosing/dosing.routes.js';
import { dueMeasureRoutes } from './routes/measurement-packs/due-measures.routes.js';
import { eligibilityRoutes } from './routes/eligibility/eligibility.routes.js';
import { intakeRoutes } from './routes/intake/intake.routes.js';
import { protocolRoutes } from './routes/treatment-plans/protocols.routes.js';
import { treatmentPlanRoutes } from './routes/treatment-plans/treatment-plans.routes.js';
import { remsRoutes } from './routes/rems/rems.routes.js';
import { floorRoutes } from './routes/floor/floor.routes.js';
import { controlledSubstanceRoutes } from './routes/controlled-substances/controlled-substances.routes.js';
import { credentialDocumentRoutes } from './routes/credentials/credential-documents.routes.js';
import { credentialHandlerRoutes } from './routes/credentials/credential-handlers.routes.js';
import { credentialRuleRoutes } from './routes/credentials/credential-rules.routes.js';
import { staffCredentialRoutes } from './routes/credentials/staff-credentials.routes.js';
import { countRoutes } from './routes/controlled-substances/counts.routes.js';
import { ledgerReportRoutes } from './routes/controlled-substances/reports.routes.js';
import { stockAlertRoutes } from './routes/controlled-substances/alerts.routes.js';
import { sessionDrawRoutes } from './routes/controlled-substances/session-draw.routes.js';
import { stockSetupRoutes } from './routes/controlled-substances/stock-setup.routes.js';
import { transferRoutes } from './routes/controlled-substances/transfers.routes.js';
import { remsFormRoutes } from './routes/rems-forms/rems-forms.routes.js';
import { sessionChartingRoutes } from './routes/sessions/session-charting.routes.js';
import { sessionRoutes } from './routes/sessions/sessions.routes.js';
import { FloorHub } from './floor/floor-events.js';
import { selfReportRoutes } from './routes/self-report/self-report.routes.js';
import { siteRoutes } from './routes/site/site.routes.js';
import { userRoutes } from './routes/users/users.routes.js';
import { publicClinicPageRoutes } from './routes/public-page/public-clinic-page.routes.js';
import { publicClinicRoutes } from './routes/public-page/public-clinic.routes.js';
import { publicPageSettingsRoutes } from './routes/public-page/public-page-settings.routes.js';

/** Builds the whole HTTP app without listening; tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: generateRequestId,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemErrorHandler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    // The app shell is one origin; Mantine writes its theme variables in a <style> element.
    // upgrade-insecure-requests is left out so an evaluation over plain http on a LAN address still loads its assets;
    // production sits behind TLS (README).
    contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null } },
  });
  await app.register(cookie);
  // Counted in the database on PostgreSQL, so several server processes enforce one combined limit.
  await app.register(rateLimit, { global: false, ...rateLimitStoreOptions(deps.database) });
  registerAuthentication(app, deps);
  await registerOpenApi(app, deps.config.version);
  // At the root, after the docs' own routes: every API route registered from here on, in any plugin, is checked.
  const floorHub = new FloorHub(deps.database);
  app.addHook('onClose', async () => floorHub.close());
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => collectApiRoute(apiRoutes, route));

  await app.register(
    async (api) => {
      api.setErrorHandler(problemErrorHandler);
      api.setNotFoundHandler((request, reply) =>
        sendProblem(reply, buildProblem(new AppError('NOT_FOUND', `No API route ${request.method} ${request.url.split('?')[0]}.`), request)),
      );
      await api.register(healthRoutes, deps);
      await api.register(siteRoutes, deps);
      await api.register(authRoutes, deps);
      await api.register(accountLinkRoutes, deps);
      await api.register(patientRoutes, deps);
      await api.register(breakGlassRoutes, deps);
      await api.register(patientListRoutes, deps);
      await api.register(portalInvitationRoutes, deps);
      await api.register(userRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(instrumentRoutes, deps);
      await api.register(assessmentRoutes, deps);
      await api.register(measurementPackRoutes, deps);
      await api.register(dueMeasureRoutes, deps);
      await api.register(safetyRoutes, deps);
      await api.register(safetyPlanRoutes, deps);
      await api.register(selfReportRoutes, deps);
      await api.register(intakeRoutes, deps);
      await api.register(remsRoutes, deps);
      await api.register(eligibilityRoutes, deps);
      await api.register(dosingRoutes, deps);
      await api.register(consentRoutes, deps);
      await api.register(protocolRoutes, deps);
      await api.register(treatmentPlanRoutes, deps);
      await api.register(sessionRoutes, deps);
      await api.register(sessionChartingRoutes, deps);
      await api.register(remsFormRoutes, deps);
      await api.register(controlledSubstanceRoutes, deps);
      await api.register(countRoutes, deps);
      await api.register(ledgerReportRoutes, deps);
      await api.register(stockSetupRoutes, deps);
      await api.register(transferRoutes, deps);
      await api.register(sessionDrawRoutes, deps);
      await api.register(stockAlertRoutes, deps);
      await api.register(staffCredentialRoutes, deps);
      await api.register(credentialDocumentRoutes, deps);
      await api.register(credentialHandlerRoutes, deps);
      await api.register(credentialRuleRoutes, deps);
      await api.register(publicPageSettingsRoutes, deps);
      await api.register(publicClinicRoutes, deps);
      await api.register(floorRoutes, { ...deps, floorHub });
    },
    { prefix: '/api' },
  );

  // The public clinic page is HTML outside /api; registered before the web app so its deep-link fallback never answers it.
  await app.register(publicClinicPageRoutes, deps);
  await registerWebApp(app, deps.webRoot);
  return app;
}
