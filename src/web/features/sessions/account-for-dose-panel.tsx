import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { can as allowed } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { AccountForm } from '../stock/account-form';
import { noDrawRecord, useSessionDraw } from '../stock/stock-queries';
import type { SessionDraw } from '../stock/stock-types';
import { recordedDose, type SessionChart } from './session-types';

const mg = (value: number | null) => (value === null ? '—' : `${value} mg`);

function Totals({ draw }: { draw: SessionDraw }) {
  const { totals } = draw;
  const rows: [string, string][] = [
    ['Drawn', `${mg(totals.drawnMg ?? draw.drawn?.mg ?? null)}${draw.drawn ? `, lot ${draw.drawn.lotNumber}` : ''}`],
    ['Administered', mg(totals.administeredMg)],
    ['Wasted', mg(totals.wastedMg)],
    ['Unaccounted', mg(totals.unaccountedMg)],
  ];
  return (
    <Table aria-label="Drawn product" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Every milligram drawn for the session is administered or wasted with a witness before the note is signed
 * (SPEC §3.4). Shows nothing when the clinic does not keep its ledger here, or nothing was drawn.
 */
export function AccountForDosePanel({ chart }: { chart: SessionChart }) {
  const me = useSignedInUser();
  const canRead = allowed(me, 'stock.read');
  const draw = useSessionDraw(chart.id, canRead);
  if (!canRead) return null;
  if (draw.isPending) return <Loader aria-label="Loading the drawn product" />;
  if (draw.isError) return noDrawRecord(draw.error) ? null : <ProblemAlert error={draw.error} title="The drawn product could not be loaded" />;
  if (!draw.data.drawn) return null;
  const unreconciled = !draw.data.reconciled;
  return (
    <Stack gap="sm" component="section" aria-label="Account for the drawn product">
      <Title order={4}>Account for the drawn product</Title>
      <Totals draw={draw.data} />
      {draw.data.reconciled ? (
        <Alert color="green" title="Accounted for" role="status">
          Every milligram drawn is recorded as administered or wasted with a witness.
        </Alert>
      ) : null}
      {unreconciled && allowed(me, 'stock.handle') ? <AccountForm draw={draw.data} fallbackStrengthMgPerMl={recordedDose(chart)?.drawn.concentrationMgPerMl ?? null} /> : null}
      {unreconciled && !allowed(me, 'stock.handle') ? <Text>{draw.data.form === 'nasal-device' ? 'A nurse records each device given; then the note can be signed.' : 'A nurse records what was given and wastes the rest with a witness; then the note can be signed.'}</Text> : null}
    </Stack>
  );
}

/** Whether signing must wait for the drawn product to be accounted for (false when the ledger is not in use). */
export function useDrawAwaitsAccounting(chart: SessionChart): boolean {
  const me = useSignedInUser();
  const draw = useSessionDraw(chart.id, allowed(me, 'stock.read'));
  return draw.data !== undefined && draw.data.drawn !== null && !draw.data.reconciled;
}
