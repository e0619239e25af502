import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { AnchorLink } from './stock-link';
import type { StockAlert } from './stock-types';
import { alertLabels, formatWhen } from './stock-words';

function SubjectLink({ alert }: { alert: StockAlert }) {
  if (alert.subject?.kind === 'session') {
    return (
      <Anchor component={Link} to={`/sessions/${alert.subject.id}`} size="sm">
        Open the session
      </Anchor>
    );
  }
  if (alert.subject?.kind === 'case') {
    return (
      <Anchor component={Link} to="/stock/cases" size="sm">
        Open the cases
      </Anchor>
    );
  }
  if (alert.subject?.kind === 'location' && (alert.code === 'COUNT_OVERDUE' || alert.code === 'INVENTORY_DUE')) {
    return (
      <AnchorLink to="/stock/count" search={{ locationId: alert.subject.id }} size="sm">
        Count now
      </AnchorLink>
    );
  }
  return null;
}

/** What needs doing about the stock at this location, critical first. */
export function StockAlerts({ alerts }: { alerts: readonly StockAlert[] }) {
  const sorted = [...alerts].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
  return (
    <Stack gap="xs" component="section" aria-label="Alerts">
      <Title order={3}>Alerts</Title>
      {sorted.length === 0 ? <Text c="dimmed">No alerts.</Text> : null}
      {sorted.length > 0 ? (
        <List spacing="xs" listStyleType="none" aria-label="Stock alerts">
          {sorted.map((alert) => (
            <List.Item key={`${alert.code}-${alert.subject?.id ?? ''}-${alert.message}`} data-severity={alert.severity}>
              <Group gap="xs" wrap="wrap">
                <Badge color={alert.severity === 'critical' ? 'red' : 'orange'}>{alertLabels[alert.code] ?? alert.code}</Badge>
                <Text span>{alert.message}</Text>
                {alert.dueAt ? (
                  <Text span size="sm" c="dimmed">
                    Due {formatWhen(alert.dueAt)}
                  </Text>
                ) : null}
                <SubjectLink alert={alert} />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
