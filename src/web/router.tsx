import { createRootRoute, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import { AppLayout } from './components/app-layout';
import { ClinicOverviewPage } from './features/clinic/clinic-overview-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { SystemStatusPage } from './features/system-status/system-status-page';

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: ClinicOverviewPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/status', component: SystemStatusPage }),
]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({ routeTree, ...(history ? { history } : {}) });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
