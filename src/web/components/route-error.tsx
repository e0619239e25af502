import type { ErrorComponentProps } from '@tanstack/react-router';
import { ProblemAlert } from './problem-alert';

export function RouteError({ error }: ErrorComponentProps) {
  return <ProblemAlert error={error} title="This page could not be shown" />;
}
