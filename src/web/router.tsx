import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, type RouterHistory } from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { AuditPage } from './features/audit/audit-page';
import { AuthenticatedLayout } from './features/auth/authenticated-layout';
import { ForgotPasswordPage } from './features/auth/forgot-password-page';
import { requireSignIn } from './features/auth/require-sign-in';
import { safeRedirect } from './features/auth/safe-redirect';
import type { SessionServices } from './features/auth/session-services';
import { SetPasswordPage } from './features/auth/set-password-page';
import { SignInPage } from './features/auth/sign-in-page';
import { ClinicOverviewPage } from './features/clinic/clinic-overview-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { EditPatientPage } from './features/patients/edit-patient-page';
import { NewPatientPage } from './features/patients/new-patient-page';
import { PatientRecordPage } from './features/patients/patient-record-page';
import { PatientsPage } from './features/patients/patients-page';
import { SystemStatusPage } from './features/system-status/system-status-page';
import { UsersPage } from './features/users/users-page';

export interface RouterContext {
  queryClient: QueryClient;
  session: SessionServices;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: AppLayout, notFoundComponent: NotFoundPage, errorComponent: RouteError });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({ redirect: safeRedirect(search.redirect) }),
  component: SignInPage,
});

/** Where the links in e-mails lead: open to everyone, since the token in the link's fragment is the proof. */
const publicRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/accept-invitation', component: () => <SetPasswordPage purpose="invitation" /> }),
  createRoute({ getParentRoute: () => rootRoute, path: '/reset-password', component: () => <SetPasswordPage purpose="password-reset" /> }),
  createRoute({ getParentRoute: () => rootRoute, path: '/forgot-password', component: ForgotPasswordPage }),
  // A patient's self-report link ("/r#token=…"), sent by the clinic.
  createRoute({ getParentRoute: () => rootRoute, path: '/r', component: lazyRouteComponent(() => import('./features/self-report/self-report-link-page'), 'SelfReportLinkPage') }),
];

/** The controlled-substance screens remember the location chosen in the address, so links and reloads keep it. */
const stockSearch = (search: Record<string, unknown>): { locationId?: string | undefined } => (typeof search.locationId === 'string' ? { locationId: search.locationId } : {});

// The measurement-based care screens carry the instrument definitions and the chart library: loaded when first
// opened, so the first screen stays small.

/** Every other screen needs a signed-in user. */
const signedInRoute = createRoute({ getParentRoute: () => rootRoute, id: 'signed-in', beforeLoad: requireSignIn, component: AuthenticatedLayout });
const child = { getParentRoute: () => signedInRoute };

const routeTree = rootRoute.addChildren([
  signInRoute,
  ...publicRoutes,
  signedInRoute.addChildren([
    createRoute({ ...child, path: '/', component: ClinicOverviewPage }),
    createRoute({ ...child, path: '/status', component: SystemStatusPage }),
    createRoute({ ...child, path: '/patients', component: PatientsPage }),
    createRoute({ ...child, path: '/patients/new', component: NewPatientPage }),
    createRoute({
      ...child,
      path: '/patients/$patientId',
      validateSearch: (search: Record<string, unknown>): { tab?: 'outcomes' | undefined } => (search.tab === 'outcomes' ? { tab: 'outcomes' } : {}),
      component: PatientRecordPage,
    }),
    createRoute({ ...child, path: '/patients/$patientId/edit', component: EditPatientPage }),
    createRoute({ ...child, path: '/patients/$patientId/assessments/new', component: lazyRouteComponent(() => import('./features/assessments/new-assessment-page'), 'NewAssessmentPage') }),
    createRoute({ ...child, path: '/patients/$patientId/intake', component: lazyRouteComponent(() => import('./features/intake/intake-page'), 'IntakePage') }),
    createRoute({ ...child, path: '/patients/$patientId/eligibility', component: lazyRouteComponent(() => import('./features/eligibility/eligibility-page'), 'EligibilityPage') }),
    createRoute({ ...child, path: '/patients/$patientId/consent', component: lazyRouteComponent(() => import('./features/consent/consent-page'), 'ConsentPage') }),
    createRoute({ ...child, path: '/patients/$patientId/plan', component: lazyRouteComponent(() => import('./features/treatment-plans/treatment-plan-page'), 'TreatmentPlanPage') }),
    createRoute({ ...child, path: '/instruments', component: lazyRouteComponent(() => import('./features/instruments/instruments-page'), 'InstrumentsPage') }),
    createRoute({ ...child, path: '/instruments/$instrumentId', component: lazyRouteComponent(() => import('./features/instruments/instrument-page'), 'InstrumentPage') }),
    createRoute({ ...child, path: '/measurement-packs', component: lazyRouteComponent(() => import('./features/measurement-packs/measurement-packs-page'), 'MeasurementPacksPage') }),
    createRoute({ ...child, path: '/safety', component: lazyRouteComponent(() => import('./features/safety/safety-tasks-page'), 'SafetyTasksPage') }),
    createRoute({ ...child, path: '/my/questionnaires', component: lazyRouteComponent(() => import('./features/self-report/my-questionnaires-page'), 'MyQuestionnairesPage') }),
    createRoute({ ...child, path: '/my/questionnaires/$instrumentId', component: lazyRouteComponent(() => import('./features/self-report/my-questionnaire-page'), 'MyQuestionnairePage') }),
    createRoute({ ...child, path: '/rems-forms', component: lazyRouteComponent(() => import('./features/rems-forms/rems-forms-page'), 'RemsFormsPage') }),
    createRoute({ ...child, path: '/stock', validateSearch: stockSearch, component: lazyRouteComponent(() => import('./features/stock/stock-page'), 'StockPage') }),
    createRoute({ ...child, path: '/stock/receive', validateSearch: stockSearch, component: lazyRouteComponent(() => import('./features/stock/receive-page'), 'ReceivePage') }),
    createRoute({ ...child, path: '/stock/count', validateSearch: stockSearch, component: lazyRouteComponent(() => import('./features/stock/count-page'), 'CountPage') }),
    createRoute({ ...child, path: '/stock/cases', component: lazyRouteComponent(() => import('./features/stock/cases-page'), 'CasesPage') }),
    createRoute({ ...child, path: '/stock/reports', validateSearch: stockSearch, component: lazyRouteComponent(() => import('./features/stock/reports-page'), 'ReportsPage') }),
    createRoute({ ...child, path: '/stock/setup', validateSearch: stockSearch, component: lazyRouteComponent(() => import('./features/stock/setup-page'), 'SetupPage') }),
    createRoute({ ...child, path: '/floor', component: lazyRouteComponent(() => import('./features/floor/floor-page'), 'FloorPage') }),
    createRoute({ ...child, path: '/sessions/$sessionId', component: lazyRouteComponent(() => import('./features/sessions/session-chart-page'), 'SessionChartPage') }),
    createRoute({ ...child, path: '/users', component: UsersPage }),
    createRoute({ ...child, path: '/users/$userId/credentials', component: lazyRouteComponent(() => import('./features/credentials/staff-credentials-page'), 'StaffCredentialsPage') }),
    createRoute({ ...child, path: '/my/credentials', component: lazyRouteComponent(() => import('./features/credentials/staff-credentials-page'), 'MyCredentialsPage') }),
    createRoute({ ...child, path: '/credentials', component: lazyRouteComponent(() => import('./features/credentials/expiry-dashboard-page'), 'ExpiryDashboardPage') }),
    createRoute({ ...child, path: '/clinic-page', component: lazyRouteComponent(() => import('./features/public-page/public-page-settings-page'), 'PublicPageSettingsPage') }),
    createRoute({ ...child, path: '/audit', component: AuditPage }),
  ]),
]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({ routeTree, context, ...(history ? { history } : {}) });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
