import { List, Table, Text } from '@mantine/core';
import type { InstrumentDefinition, InstrumentItem } from '../../../domain/instruments/instrument';
import { answerChoices, describeLongScale, isLongScale } from './answer-choices';
import { describeSkipRule } from './describe-skip-rule';

function itemNotes(instrument: InstrumentDefinition, item: InstrumentItem): string[] {
  const skipRule = describeSkipRule(instrument, item);
  return [!item.scored && 'Not scored', item.optional && 'May be left unanswered', skipRule].filter((note): note is string => typeof note === 'string');
}

export function InstrumentItemsTable({ instrument }: { instrument: InstrumentDefinition }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder aria-label="Items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th>Answers</Table.Th>
            <Table.Th>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instrument.items.map((item) => (
            <Table.Tr key={item.key}>
              <Table.Td>
                <Text span ff="monospace" size="sm">
                  {item.key}
                </Text>
              </Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td>
                {isLongScale(item) ? (
                  describeLongScale(item)
                ) : (
                  <List size="sm" listStyleType="none">
                    {answerChoices(item, true).map((choice) => (
                      <List.Item key={choice.value}>{choice.label}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>{itemNotes(instrument, item).join('. ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
