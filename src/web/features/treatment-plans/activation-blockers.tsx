import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { stepFor } from './blocker-steps';
import type { TreatmentBlocker } from './plan-types';

/** Every reason the plan cannot start, each with what to do next and, where it is done here, a link. */
export function ActivationBlockers({ patientId, title, blockers }: { patientId: string; title: string; blockers: readonly TreatmentBlocker[] }) {
  return (
    <Alert color="orange" title={title} role="alert">
      <List spacing="sm" aria-label="What stops the plan from starting">
        {blockers.map((blocker) => {
          const step = stepFor(blocker.code);
          return (
            <List.Item key={`${blocker.code}-${blocker.message}`}>
              <Stack gap={2}>
                <Text fw={600}>{blocker.message}</Text>
                <Text size="sm">
                  Next: {step.next}
                  {step.link ? (
                    <>
                      {' '}
                      <Anchor component={Link} to={step.link.to(patientId)}>
                        {step.link.label}
                      </Anchor>
                    </>
                  ) : null}
                </Text>
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
