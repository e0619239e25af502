import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useSite } from '../api/queries';

/** Only screens that work appear here; each capability adds its own entry when it lands. */
const navigation = [
  { to: '/', label: 'Clinic' },
  { to: '/status', label: 'System status' },
] as const;

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const site = useSite();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const clinicName = site.data?.organisation.name ?? (site.isError ? 'Ketaclinic' : '');

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h3" data-testid="clinic-name">
              {clinicName}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            Ketaclinic
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {navigation.map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={item.label} active={pathname === item.to} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
