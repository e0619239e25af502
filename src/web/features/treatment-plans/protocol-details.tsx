import { Badge, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ClinicProtocol } from './plan-types';
import { confidenceWords, evidenceLabels, routeLabels } from './plan-words';
import { protocolFacts, type ProtocolFact } from './protocol-facts';

const unconfirmedLabel = 'Not from a confirmed source';

function FactRows({ title, facts }: { title: string; facts: ProtocolFact[] }) {
  return (
    <section aria-label={title}>
      <Title order={4} mb={4}>
        {title}
      </Title>
      <Table layout="fixed" verticalSpacing={4}>
        <Table.Tbody>
          {facts.map((fact) => (
            <Table.Tr key={fact.label}>
              <Table.Th w="45%" fw={500} style={{ verticalAlign: 'top' }}>
                {fact.label}
              </Table.Th>
              <Table.Td>
                <Text size="sm">{fact.value}</Text>
                {fact.unconfirmed ? (
                  <Stack gap={2} mt={2}>
                    <Badge color="orange" variant="light" size="sm">
                      {unconfirmedLabel}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {confidenceWords[fact.unconfirmed.confidence]}
                      {fact.unconfirmed.note ? ` ${fact.unconfirmed.note}` : ''}
                    </Text>
                  </Stack>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** What a prescriber needs to know of a protocol before choosing it, with every value not backed by a confirmed source marked. */
export function ProtocolDetails({ protocol }: { protocol: ClinicProtocol }) {
  const definition = protocol.definition;
  const facts = protocolFacts(definition);
  const evidence = evidenceLabels[definition.evidence];
  return (
    <Stack gap="md" component="section" aria-label="About this protocol">
      <Group gap="xs">
        <Badge variant="light">{routeLabels[definition.route]}</Badge>
        <Badge variant="outline" color="gray">
          {protocol.isDefault ? 'Published default' : `Clinic version ${protocol.version}`}
        </Badge>
      </Group>
      <Text>{definition.summary}</Text>
      <Text size="sm">
        <Text span fw={600}>
          Evidence:
        </Text>{' '}
        {evidence.label}. {evidence.explanation}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <FactRows title="Dose" facts={facts.dosing} />
        <FactRows title="Dose limits" facts={facts.limits} />
        <FactRows title="Monitoring" facts={facts.monitoring} />
        <FactRows title="Series" facts={facts.series} />
      </SimpleGrid>
      {definition.measurementCadenceNote ? <Text size="sm">{definition.measurementCadenceNote}</Text> : null}
      <section aria-label="Sources">
        <Title order={4} mb={4}>
          Sources
        </Title>
        <List type="ordered" size="sm">
          {definition.sources.map((source) => (
            <List.Item key={source}>{source}</List.Item>
          ))}
        </List>
      </section>
    </Stack>
  );
}
