import { Group } from '@mantine/core';
import { ButtonLink } from './stock-link';

/** The stock screens' own navigation: each carries the location chosen. */
export function StockLinks({ locationId, canHandle, canConfigure }: { locationId: string | undefined; canHandle: boolean; canConfigure: boolean }) {
  const search = locationId ? { locationId } : {};
  return (
    <Group gap="xs">
      {canHandle ? (
        <>
          <ButtonLink to="/stock/receive" search={search}>
            Receive stock
          </ButtonLink>
          <ButtonLink to="/stock/count" search={search} variant="default">
            Count
          </ButtonLink>
        </>
      ) : null}
      <ButtonLink to="/stock/cases" variant="default">
        Discrepancy cases
      </ButtonLink>
      <ButtonLink to="/stock/reports" search={search} variant="default">
        Reports
      </ButtonLink>
      {canConfigure ? (
        <ButtonLink to="/stock/setup" search={search} variant="default">
          Set up
        </ButtonLink>
      ) : null}
    </Group>
  );
}
