import { Checkbox, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import type { CountLineValues } from './count-values';
import { blankLine } from './count-values';
import type { StockContainer } from './stock-types';
import { containerStateLabel, formatDay } from './stock-words';

interface Props {
  containers: readonly StockContainer[];
  lines: Record<string, CountLineValues>;
  onLine: (containerId: string, line: CountLineValues) => void;
  errorOf: (key: string) => string | undefined;
}

/** One row per container: sealed ones ticked when seen, open ones measured in mL (exactly, or estimated as 21 CFR 1304.11(e)(3) allows). */
export function CountSheet({ containers, lines, onLine, errorOf }: Props) {
  return (
    <Table aria-label="Count sheet" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Container</Table.Th>
          <Table.Th>Lot</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Counted</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {containers.map((container, index) => {
          const line = lines[container.id] ?? blankLine;
          return (
            <Table.Tr key={container.id}>
              <Table.Td>{container.label}</Table.Td>
              <Table.Td>
                {container.lotNumber}, expires {formatDay(container.expiresOn)}
              </Table.Td>
              <Table.Td>{containerStateLabel(container.state).label}</Table.Td>
              <Table.Td>
                {container.state === 'sealed' ? (
                  <Checkbox label="Present, seal intact" aria-label={`${container.label} present, seal intact`} checked={line.present} onChange={(event) => onLine(container.id, { ...line, present: event.currentTarget.checked })} error={errorOf(`lines.${index}.sealedPresent`)} />
                ) : (
                  <Group gap="xs" align="flex-start" wrap="nowrap">
                    <TextInput
                      aria-label={`${container.label} measured (mL)`}
                      placeholder="mL"
                      inputMode="decimal"
                      w={110}
                      value={line.countedMl}
                      error={errorOf(`lines.${index}.countedMl`)}
                      onChange={(event) => {
                        const typed = event.currentTarget.value;
                        onLine(container.id, { ...line, countedMl: typed });
                      }}
                    />
                    <NativeSelect
                      aria-label={`${container.label} how measured`}
                      data={[
                        { value: 'exact', label: 'Exact' },
                        { value: 'estimated', label: 'Estimated' },
                      ]}
                      value={line.method}
                      onChange={(event) => {
                        const method = event.currentTarget.value === 'estimated' ? 'estimated' : 'exact';
                        onLine(container.id, { ...line, method });
                      }}
                    />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
