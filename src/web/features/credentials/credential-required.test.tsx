import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, postJson } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { serveApi } from '../../testing/mock-api';

afterEach(() => vi.unstubAllGlobals());

const message = 'Your ACLS certification (CARD-1) expired on 2026-01-10T06:59:00.000Z.';
const refusal = {
  status: 403,
  body: {
    type: 'about:blank',
    title: 'CREDENTIAL_REQUIRED',
    status: 403,
    detail: message,
    code: 'CREDENTIAL_REQUIRED',
    requestId: 'req-7',
    problems: [{ code: 'CREDENTIAL_EXPIRED', requirement: { kind: 'life-support', types: ['ACLS'] }, message }],
  },
};

describe('A refusal for a missing or expired credential', () => {
  it('is shown wherever the app shows a failed request, naming the credential', async () => {
    serveApi({ 'POST /api/sessions/s1/transitions': refusal });
    const error = await postJson('/api/sessions/s1/transitions', { action: 'start' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).extensions.problems).toEqual(refusal.body.problems);

    render(
      <MantineProvider>
        <ProblemAlert error={error} title="The session was not started" />
      </MantineProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(`The session was not started${message} (request req-7)`);
  });
});
