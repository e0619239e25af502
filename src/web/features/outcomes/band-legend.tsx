import { Box, Group, Text } from '@mantine/core';
import type { BandArea } from './band-areas';

/** The shaded bands named in words with their totals ("Mild 5–9"), beside a swatch of each band's shade. */
export function BandLegend({ id, label, areas }: { id: string; label: string; areas: readonly BandArea[] }) {
  return (
    <Group component="ul" id={id} aria-label={label} gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {areas.map((area) => (
        <Group component="li" key={area.id} gap={6} wrap="nowrap">
          <Box w={14} h={14} bg={area.fill} bd="1px solid var(--mantine-color-gray-5)" aria-hidden />
          <Text size="sm">
            {area.label} {area.min}–{area.max}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
