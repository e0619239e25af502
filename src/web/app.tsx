import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiProblem } from './api/client';
import { createAppRouter } from './router';
import { theme } from './theme';

// The server's answer is final (retrying a 404 or a 503 "not set up" changes nothing); a dropped connection is not.
const retryNetworkFailures = (failureCount: number, error: unknown) => !(error instanceof ApiProblem) && failureCount < 2;

export function App({ history }: { history?: RouterHistory }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: retryNetworkFailures } } }));
  const [router] = useState(() => createAppRouter(history));
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
