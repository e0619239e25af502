import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiProblem, api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { LinkUnavailable } from './link-unavailable';
import { SelfReportFlow } from './self-report-flow';

export function SelfReportLink({ token }: { token: string }) {
  // Opened once per page load; the token is the only proof, and it travels only in the request body.
  const opened = useQuery({ queryKey: ['self-report-link', token], queryFn: () => api.openSelfReportLink(token), staleTime: Infinity, refetchOnWindowFocus: false, meta: { publicLink: true } });
  if (opened.isPending) return <Loader aria-label="Opening your questionnaires" />;
  if (opened.isError) return opened.error instanceof ApiProblem && opened.error.status === 404 ? <LinkUnavailable /> : <ProblemAlert error={opened.error} title="Your questionnaires could not be opened" />;
  return <SelfReportFlow token={token} opened={opened.data} />;
}
