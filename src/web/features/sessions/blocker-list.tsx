import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { blockerSteps } from '../treatment-plans/blocker-steps';
import { blockersOf, isStaleRevision } from './session-problems';
import type { Blocker } from './session-types';

const measure = { label: 'Record the C-SSRS', to: (patientId: string) => `/patients/${patientId}/assessments/new` };
const links: Record<string, { label: string; to: (patientId: string) => string } | undefined> = {
  CSSRS_NOT_DONE: measure,
  ...Object.fromEntries(Object.entries(blockerSteps).map(([code, step]) => [code, step.link])),
};

/**
 * What stands in the way, each in the server's plain words, with a link where it is fixed elsewhere.
 * `urgent` is for an answer to a button just pressed (announced); otherwise it is a standing list.
 */
export function BlockerList({ title, blockers, patientId, urgent = false }: { title: string; blockers: readonly Blocker[]; patientId: string; urgent?: boolean }) {
  if (blockers.length === 0) return null;
  return (
    <Alert color={urgent ? 'red' : 'orange'} title={title} {...(urgent ? { role: 'alert' } : {})}>
      <List spacing={4} aria-label={title}>
        {blockers.map((blocker) => {
          const link = links[blocker.code];
          return (
            <List.Item key={`${blocker.code}-${blocker.message}`}>
              <Text span>{blocker.message}</Text>
              {link ? (
                <>
                  {' '}
                  <Anchor component={Link} to={link.to(patientId)}>
                    {link.label}
                  </Anchor>
                </>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}

/** A failed change: its blockers when the server listed them, a note when someone else changed the chart first, or the problem. */
export function SessionProblem({ error, title, patientId }: { error: unknown; title: string; patientId: string }) {
  if (!error) return null;
  const blockers = blockersOf(error);
  if (blockers.length > 0) return <BlockerList title={title} blockers={blockers} patientId={patientId} urgent />;
  if (isStaleRevision(error)) {
    return (
      <Alert color="yellow" title="Someone else changed this session" role="alert">
        The chart now shows their changes. Check it, then try again.
      </Alert>
    );
  }
  return <ProblemAlert error={error} title={title} />;
}
