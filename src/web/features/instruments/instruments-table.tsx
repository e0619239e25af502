import { Anchor, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { raterLabels } from './format-instrument';

export function InstrumentsTable({ instruments }: { instruments: readonly InstrumentDefinition[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover withTableBorder aria-label="Instruments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Items</Table.Th>
            <Table.Th>Rated by</Table.Th>
            <Table.Th>Text included</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instruments.map((instrument) => (
            <Table.Tr key={instrument.id}>
              <Table.Td>
                <Anchor component={Link} to={`/instruments/${instrument.id}`}>
                  {instrument.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{instrument.items.length}</Table.Td>
              <Table.Td>{raterLabels[instrument.rater]}</Table.Td>
              <Table.Td>{instrument.licence.itemTextShipped ? 'Yes' : 'No, topic labels only'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
