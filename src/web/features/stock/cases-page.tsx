import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { CaseCard } from './case-card';
import { useCases, useStockLocations } from './stock-queries';

/** The clock the deadlines are read against, moved on every minute. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Discrepancy cases (SPEC §3.5): investigate, classify, and for a theft or significant loss, the DEA's deadlines. */
export function CasesPage() {
  const me = useSignedInUser();
  if (!can(me, 'stock.read')) return <NoAccess />;
  return <Cases canConfigure={can(me, 'stock.configure')} />;
}

function Cases({ canConfigure }: { canConfigure: boolean }) {
  const cases = useCases();
  const locations = useStockLocations();
  const nowMs = useMinuteClock();
  const locationName = (id: string) => locations.data?.locations.find((location) => location.id === id)?.name ?? 'Location';
  const list = cases.data?.cases ?? [];
  const undecided = list.filter((item) => item.state === 'open' || item.state === 'investigating' || (item.state === 'reported' && (!item.writtenNoticeSentAt || !item.form106FiledAt)));
  const settled = list.filter((item) => !undecided.includes(item));
  return (
    <Stack maw={960} gap="lg">
      <Anchor component={Link} to="/stock" size="sm">
        Back to the stock
      </Anchor>
      <Title order={2}>Discrepancy cases</Title>
      <Text>A count that does not match the ledger opens a case. Investigate it, then close it as not significant with the reasons, or report a theft or significant loss: written notice to the DEA within one business day of discovery, then Form 106 within 45 days.</Text>
      {cases.isPending ? <Loader aria-label="Loading the cases" /> : null}
      {cases.isError ? <ProblemAlert error={cases.error} title="The cases could not be loaded" /> : null}
      {cases.data && list.length === 0 ? <Text c="dimmed">No discrepancy cases.</Text> : null}
      {undecided.length > 0 ? <Title order={3}>Needing action</Title> : null}
      {undecided.map((item) => (
        <CaseCard key={item.id} item={item} locationName={locationName(item.locationId)} canConfigure={canConfigure} nowMs={nowMs} />
      ))}
      {settled.length > 0 ? <Title order={3}>Closed or fully reported</Title> : null}
      {settled.map((item) => (
        <CaseCard key={item.id} item={item} locationName={locationName(item.locationId)} canConfigure={canConfigure} nowMs={nowMs} />
      ))}
    </Stack>
  );
}
