import { useRouteContext } from '@tanstack/react-router';
import type { SessionServices } from './session-services';

export const useSession = (): SessionServices => useRouteContext({ from: '__root__', select: (context) => context.session });
